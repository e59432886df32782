/**
 * The layout box and the camera's fit: pure arithmetic on node boxes, with no force
 * layout, so the map can frame and size a layout without loading the layout code.
 */
import type { Graph } from '../graph/buildGraph';
import type { Point } from './forces';
import { nodeBox, type NodeBox } from './labelMetrics';

/** A zoom transform: screen = k·map + (x, y). */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

/** How much room a layout of this graph wants around each node and its label. */
const ROOM_PER_BOX_AREA = 2.2;
/**
 * Phones get a denser layout: with the usual room the whole map only fits a 390 px wide
 * screen with labels at ~8 px; this keeps them at ~9.5 px (≥ 9) with labels still apart.
 */
const NARROW_ROOM_PER_BOX_AREA = 1.7;
/** Viewports narrower than this (CSS px) are phones. */
export const NARROW_VIEWPORT = 600;

/**
 * A layout box with the viewport's shape, big enough for the graph: the viewport itself
 * when the graph fits at 1:1 (labels at their design size), larger otherwise.
 */
export function layoutExtent(
  graph: Graph,
  viewportWidth: number,
  viewportHeight: number,
): { width: number; height: number } {
  const width = Math.max(1, viewportWidth);
  const height = Math.max(1, viewportHeight);
  let area = 0;
  let widest = 0;
  for (const node of graph.nodes) {
    const box = nodeBox(node.radius, node.label);
    area += 2 * box.halfWidth * (box.top + box.bottom);
    widest = Math.max(widest, 2 * box.halfWidth);
  }
  const scale = Math.max(
    1,
    Math.sqrt(
      (area * (width < NARROW_VIEWPORT ? NARROW_ROOM_PER_BOX_AREA : ROOM_PER_BOX_AREA)) /
        (width * height),
    ),
    // A phone-narrow viewport still gets a few labels side by side.
    graph.nodes.length > 4 ? (widest * 3.2) / width : 1,
  );
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Screen pixels kept free on each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function uniformInsets(padding: number): Insets {
  return { top: padding, right: padding, bottom: padding, left: padding };
}

export interface FitOptions {
  /** Never zoom in further than this (framing one small actor). */
  maxScale?: number;
  minScale?: number;
  /**
   * Per-node boxes (see nodeBox) to keep labels in view; without them each node is a
   * circle of its radius and `padding` must leave room for labels.
   */
  boxes?: ReadonlyMap<string, NodeBox>;
}

/**
 * The zoom transform {x, y, k} (screen = k·map + (x, y)) that fits these positions,
 * each grown by its radius, into width × height with `padding` screen pixels around
 * (the same on every side, or per side).
 * Pure; used by "fit to view", scenes, the exports and the presentation.
 */
export function fitTransform(
  positions: ReadonlyMap<string, Point>,
  radiusById: ReadonlyMap<string, number>,
  width: number,
  height: number,
  padding: number | Insets,
  options: FitOptions = {},
): Transform {
  const inset = typeof padding === 'number' ? uniformInsets(padding) : padding;
  const { maxScale = Infinity, minScale = 0, boxes } = options;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, point] of positions) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    const box = boxes?.get(id);
    const r = radiusById.get(id) ?? 0;
    minX = Math.min(minX, point.x - (box?.halfWidth ?? r));
    maxX = Math.max(maxX, point.x + (box?.halfWidth ?? r));
    minY = Math.min(minY, point.y - (box?.top ?? r));
    maxY = Math.max(maxY, point.y + (box?.bottom ?? r));
  }
  if (!Number.isFinite(minX)) return { x: width / 2, y: height / 2, k: 1 };
  const availableWidth = Math.max(1, width - inset.left - inset.right);
  const availableHeight = Math.max(1, height - inset.top - inset.bottom);
  const k = Math.min(
    maxScale,
    Math.max(
      minScale,
      Math.min(
        availableWidth / Math.max(1, maxX - minX),
        availableHeight / Math.max(1, maxY - minY),
      ),
    ),
  );
  return {
    x: inset.left + availableWidth / 2 - k * ((minX + maxX) / 2),
    y: inset.top + availableHeight / 2 - k * ((minY + maxY) / 2),
    k,
  };
}

/** A node's box with its label on the side placeLabels chose (above flips the box). */
export function sidedBox(box: NodeBox, side: 'above' | 'below' | undefined): NodeBox {
  return side === 'above' ? { ...box, top: box.bottom, bottom: box.top } : box;
}

/**
 * Every node's box (glyph and label) on its label's side: what framing must keep in view
 * so that no label is cut by the frame.
 */
export function sidedBoxes(
  graph: Graph,
  sides: ReadonlyMap<string, 'above' | 'below'>,
): Map<string, NodeBox> {
  return new Map(
    graph.nodes.map((node) => [
      node.id,
      sidedBox(nodeBox(node.radius, node.label), sides.get(node.id)),
    ]),
  );
}

/** The rectangle (map units) these nodes' boxes cover, grown by `margin`; null if none. */
export function boxBounds(
  positions: ReadonlyMap<string, Point>,
  boxes: ReadonlyMap<string, NodeBox>,
  margin = 0,
): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, point] of positions) {
    const box = boxes.get(id);
    if (!box || !Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    minX = Math.min(minX, point.x - box.halfWidth - margin);
    maxX = Math.max(maxX, point.x + box.halfWidth + margin);
    minY = Math.min(minY, point.y - box.top - margin);
    maxY = Math.max(maxY, point.y + box.bottom + margin);
  }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}

/** Scale a fitted transform by a zoom multiplier about the centre of a width × height view. */
export function zoomAboutCentre(
  fit: Transform,
  zoom: number,
  width: number,
  height: number,
  clamp: (k: number) => number = (k) => k,
): Transform {
  if (zoom === 1) return fit;
  const k = clamp(fit.k * zoom);
  const ratio = k / fit.k;
  return {
    k,
    x: width / 2 - (width / 2 - fit.x) * ratio,
    y: height / 2 - (height / 2 - fit.y) * ratio,
  };
}
