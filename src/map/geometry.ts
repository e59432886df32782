/** Link geometry shared by the map and the exports, so an export matches the screen. */

export interface Point {
  x: number;
  y: number;
}

/** Gap between parallel curves joining the same two nodes, in map units. */
const CURVE_SPACING = 22;

/**
 * A link from source to target as a quadratic curve. Links sharing a pair fan out
 * symmetrically (one link alone is straight); ends are trimmed to the node outlines
 * so arrowheads touch the target's edge.
 */
export function linkPath(
  source: Point,
  target: Point,
  pairIndex: number,
  pairCount: number,
  sourceRadius: number,
  targetRadius: number,
): { d: string; mid: Point } {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  // Offset is relative to a canonical direction so A→B and B→A curves never coincide.
  const canonical = source.x < target.x || (source.x === target.x && source.y <= target.y) ? 1 : -1;
  const offset = (pairIndex - (pairCount - 1) / 2) * CURVE_SPACING * canonical;
  const control = {
    x: (source.x + target.x) / 2 + nx * offset * 2,
    y: (source.y + target.y) / 2 + ny * offset * 2,
  };
  const start = towards(source, control, sourceRadius);
  const end = towards(target, control, targetRadius + 2);
  const mid = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  const f = (n: number) => n.toFixed(1);
  return {
    d:
      offset === 0
        ? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`
        : `M${f(start.x)},${f(start.y)}Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`,
    mid,
  };
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const step = Math.min(distance, length / 2);
  return { x: from.x + (dx / length) * step, y: from.y + (dy / length) * step };
}
