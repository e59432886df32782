/**
 * Which side of its glyph each label goes: below by default, above when fewer links
 * would cross it there and it fits. Pure, so the map and the exports place labels alike.
 */
import type { Graph } from '../graph/buildGraph';
import type { Point } from './forces';
import {
  estimateTextWidth,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  labelLines,
  ROLE_RING_OFFSET,
} from './labelMetrics';

export type LabelSide = 'below' | 'above';

const LABEL_MARGIN_X = 8;
const LABEL_MARGIN_Y = 8;

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Placed {
  id: string;
  point: Point;
  ring: number;
  width: number;
  height: number;
}

/** The label's rectangle around a node centred on `point`. */
function labelRect(node: Placed, side: LabelSide): Rect {
  const half = node.width / 2;
  const top =
    side === 'below'
      ? node.point.y + node.ring + LABEL_GAP
      : node.point.y - node.ring - LABEL_GAP - node.height;
  return { left: node.point.x - half, right: node.point.x + half, top, bottom: top + node.height };
}

/** How far the label's text moves when it goes above (add to the below position). */
export function aboveShift(radius: number, label: string): number {
  const ring = radius + ROLE_RING_OFFSET;
  return -(2 * ring + 2 * LABEL_GAP + labelLines(label).length * LABEL_LINE_HEIGHT);
}

export function placeLabels(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
): Map<string, LabelSide> {
  const placed: Placed[] = [];
  for (const node of graph.nodes) {
    const point = positions.get(node.id);
    if (!point) continue;
    const lines = labelLines(node.label);
    placed.push({
      id: node.id,
      point,
      ring: node.radius + ROLE_RING_OFFSET,
      width: Math.max(...lines.map((line) => estimateTextWidth(line))) + 4,
      height: lines.length * LABEL_LINE_HEIGHT,
    });
  }
  const byId = new Map(placed.map((node) => [node.id, node]));
  const crossings = linkCrossings(graph, byId);
  const sides = new Map<string, LabelSide>(placed.map((node) => [node.id, 'below']));

  for (const node of placed) {
    const below = crossings(labelRect(node, 'below'));
    if (below === 0) continue;
    const aboveRect = labelRect(node, 'above');
    if (crossings(aboveRect) >= below) continue;
    // Keep clear of others by a margin, or two labels stacked read as one.
    const room = {
      left: aboveRect.left - LABEL_MARGIN_X,
      right: aboveRect.right + LABEL_MARGIN_X,
      top: aboveRect.top - LABEL_MARGIN_Y,
      bottom: aboveRect.bottom,
    };
    const blocked = placed.some((other) => {
      if (other === node) return false;
      const glyph = {
        left: other.point.x - other.ring,
        right: other.point.x + other.ring,
        top: other.point.y - other.ring,
        bottom: other.point.y + other.ring,
      };
      return overlaps(room, glyph) || overlaps(room, labelRect(other, sides.get(other.id)!));
    });
    if (!blocked) sides.set(node.id, 'above');
  }
  return sides;
}

/**
 * How many links pass through a rectangle: each link a segment between its ends, and
 * parallel links (a dense map has hundreds between two actors) one segment that counts
 * as many. Each segment's bounding box rules it out before the exact test: most links are
 * nowhere near a given label (a big map tries two rectangles per actor against them all).
 */
export function linkCrossings(
  graph: Graph,
  byId: ReadonlyMap<string, { point: Point }>,
): (rect: Rect) => number {
  const weights = new Map<string, number>();
  const ends: number[] = [];
  for (const link of graph.links) {
    const a = byId.get(link.source)?.point;
    const b = byId.get(link.target)?.point;
    if (!a || !b) continue;
    const key = `${a.x},${a.y},${b.x},${b.y}`;
    const weight = weights.get(key);
    if (weight === undefined) ends.push(a.x, a.y, b.x, b.y);
    weights.set(key, (weight ?? 0) + 1);
  }
  const segments = Float64Array.from(ends);
  const weightOf = Float64Array.from(weights.values());
  return (rect) => {
    let total = 0;
    for (let i = 0; i < segments.length; i += 4) {
      const ax = segments[i]!;
      const ay = segments[i + 1]!;
      const bx = segments[i + 2]!;
      const by = segments[i + 3]!;
      if (Math.max(ax, bx) < rect.left || Math.min(ax, bx) > rect.right) continue;
      if (Math.max(ay, by) < rect.top || Math.min(ay, by) > rect.bottom) continue;
      if (segmentHitsRect(ax, ay, bx, by, rect)) total += weightOf[i / 4]!;
    }
    return total;
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Liang–Barsky clipping: does the segment (ax, ay)→(bx, by) pass through the rectangle? */
function segmentHitsRect(ax: number, ay: number, bx: number, by: number, rect: Rect): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const clip = { t0: 0, t1: 1 };
  return (
    clipEdge(-dx, ax - rect.left, clip) &&
    clipEdge(dx, rect.right - ax, clip) &&
    clipEdge(-dy, ay - rect.top, clip) &&
    clipEdge(dy, rect.bottom - ay, clip) &&
    clip.t0 < clip.t1
  );
}

/** One Liang–Barsky step: narrow [t0, t1] to the inside of one edge; false if nothing is left. */
function clipEdge(p: number, q: number, clip: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > clip.t1) return false;
    if (t > clip.t0) clip.t0 = t;
  } else {
    if (t < clip.t0) return false;
    if (t < clip.t1) clip.t1 = t;
  }
  return true;
}
