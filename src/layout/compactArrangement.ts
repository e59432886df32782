/**
 * Drawing a scene's arrangement closer. Loaded with the layout code (computeLayout
 * re-exports it), as only presenting and the exports need it.
 */
import type { Graph } from '../graph/buildGraph';
import type { Point } from './forces';
import { nodeBox } from './labelMetrics';

/** Room kept between two actors' boxes when a scene's arrangement is drawn closer. */
const COMPACT_ROOM = 1.25;
/** A link keeps at least this much line between its ends' glyphs (arrowhead included). */
const COMPACT_MIN_LINK = 46;

/**
 * A scene's actors stand where the whole map has them, often far apart with the rest of
 * the map gone from between them. This draws the same arrangement closer (one uniform
 * scale about its centre, so every direction and order is kept) as far as it goes
 * without two boxes (glyph and label) coming nearer than COMPACT_ROOM times touching or a
 * link growing too short. Pure; the map engine and the exports use it alike.
 */
export function compactArrangement(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const nodes = graph.nodes.filter((node) => positions.has(node.id));
  if (nodes.length < 2) return new Map(nodes.map((node) => [node.id, positions.get(node.id)!]));
  const boxes = nodes.map((node) => nodeBox(node.radius, node.label));
  const at = nodes.map((node) => positions.get(node.id)!);
  let scale = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const dx = Math.abs(at[i]!.x - at[j]!.x);
      const dy = Math.abs(at[i]!.y - at[j]!.y);
      const width = (boxes[i]!.halfWidth + boxes[j]!.halfWidth) * COMPACT_ROOM;
      const height =
        (Math.max(boxes[i]!.top, boxes[i]!.bottom) + Math.max(boxes[j]!.top, boxes[j]!.bottom)) *
        COMPACT_ROOM;
      // Apart along x or along y is enough: the smaller scale that keeps either.
      const needed = Math.min(dx > 0 ? width / dx : Infinity, dy > 0 ? height / dy : Infinity);
      scale = Math.max(scale, needed);
    }
  }
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  for (const link of graph.links) {
    const i = index.get(link.source);
    const j = index.get(link.target);
    if (i === undefined || j === undefined) continue;
    const length = Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y);
    const room = nodes[i]!.radius + nodes[j]!.radius + COMPACT_MIN_LINK;
    if (length > 0) scale = Math.max(scale, room / length);
  }
  scale = Math.min(1, scale);
  const cx = at.reduce((sum, p) => sum + p.x, 0) / at.length;
  const cy = at.reduce((sum, p) => sum + p.y, 0) / at.length;
  return new Map(
    nodes.map((node, i) => [
      node.id,
      { x: cx + (at[i]!.x - cx) * scale, y: cy + (at[i]!.y - cy) * scale },
    ]),
  );
}
