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

/** Length of a stance arrowhead, in map units. The line stops where the arrowhead begins. */
export const ARROW_LENGTH = 9;
/** Width of the arrowhead at its base. */
export const ARROW_WIDTH = 8;

/** Arrowhead outline for an SVG <marker> whose path ends at the arrow's base (refX = 0). */
export const ARROW_MARKER_PATH = `M0,0L${ARROW_LENGTH},${ARROW_WIDTH / 2}L0,${ARROW_WIDTH}Z`;

/**
 * The drawn path of a graph link: stance links stop short of the target by the
 * arrowhead's length, so the arrow's tip (not the line's butt end) touches the node.
 */
export function graphLinkPath(
  link: { kind: 'stance' | 'membership'; pairIndex: number; pairCount: number },
  source: Point,
  target: Point,
  sourceRadius: number,
  targetRadius: number,
): { d: string; mid: Point } {
  const arrow = link.kind === 'stance' ? ARROW_LENGTH : 0;
  return linkPath(
    source,
    target,
    link.pairIndex,
    link.pairCount,
    sourceRadius,
    targetRadius + arrow,
  );
}

/**
 * A rounded outline around a few circles (a bloc and its members), as SVG path data:
 * the convex hull of points sampled on each circle. Empty for no circles.
 */
export function hullPath(
  circles: readonly { x: number; y: number; r: number }[],
  samples = 16,
): string {
  const points: Point[] = [];
  for (const { x, y, r } of circles) {
    for (let i = 0; i < samples; i++) {
      const angle = (i / samples) * 2 * Math.PI;
      points.push({ x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    }
  }
  if (points.length < 3) return '';
  const hull = convexHull(points);
  const f = (n: number) => n.toFixed(1);
  return `M${hull.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z`;
}

/** Andrew's monotone chain. */
function convexHull(input: Point[]): Point[] {
  const points = [...input].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of points) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}
