/**
 * What the map currently draws, for the exports and the presentation: node positions
 * (map units), the zoom transform and the view's size. A module-level registry the map
 * fills in while mounted; deliberately not React state (it changes every frame).
 */
import type { Point } from '../layout/computeLayout';
import type { Transform } from '../layout/layoutFrame';

export interface MapSnapshot {
  positions: Map<string, Point>;
  /** screen = k · map + (x, y) */
  transform: Transform;
  /** The map view's size in CSS pixels. */
  width: number;
  height: number;
}

type Source = () => MapSnapshot;

let source: Source | null = null;

/** Called by the map on mount; returns an unregister function for unmount. */
export function registerMapSnapshot(next: Source): () => void {
  source = next;
  return () => {
    if (source === next) source = null;
  };
}

/** A copy of what is on screen now, or null when no map is mounted. */
export function getMapSnapshot(): MapSnapshot | null {
  return source ? source() : null;
}
