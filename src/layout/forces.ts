/**
 * The force model shared by the precomputed layout and the live simulation, so a drag
 * settles into the same kind of picture the first layout drew. Pure: no DOM, no React.
 */
import {
  forceLink,
  forceManyBody,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Graph } from '../graph/buildGraph';
import { nodeBox, type NodeBox } from './labelMetrics';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
  radius: number;
  box: NodeBox;
  /** Links to distinct neighbours (several stances between a pair count once). */
  degree: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: LayoutNode;
  target: LayoutNode;
  membership: boolean;
  /** How many drawn links join this pair; parallel curves need a longer link. */
  multiplicity: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Extra length of a stance link beyond the two glyphs, room for curves and labels. */
const STANCE_LINK_ROOM = 84;
/** Extra length per additional parallel link, so fanned-out curves stay apart. */
const PARALLEL_LINK_ROOM = 5;
/**
 * Parallel links that still add length. Beyond this a pair's link would outgrow the
 * layout box (600 stances wanted 3,000 px), the bounds would press actors into its
 * corners and collision could not keep them apart: six actors in two heaps.
 */
const MAX_PARALLEL_LENGTHENING = 12;
/** Members sit close around their bloc. */
const MEMBERSHIP_LINK_ROOM = 34;

/**
 * Nodes and one layout link per connected pair. Positions start at NaN; callers place them.
 */
export function layoutModel(graph: Graph): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const nodes: LayoutNode[] = graph.nodes.map((node) => ({
    id: node.id,
    x: NaN,
    y: NaN,
    radius: node.radius,
    box: nodeBox(node.radius, node.label),
    degree: 0,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const pairs = new Map<string, LayoutLink>();
  for (const link of graph.links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!source || !target || source === target) continue;
    const key =
      source.id < target.id ? `${source.id}\u0000${target.id}` : `${target.id}\u0000${source.id}`;
    const existing = pairs.get(key);
    if (existing) {
      // A pair joined by membership and stances stays as close as the membership wants.
      existing.membership ||= link.kind === 'membership';
      existing.multiplicity++;
      continue;
    }
    pairs.set(key, { source, target, membership: link.kind === 'membership', multiplicity: 1 });
    source.degree++;
    target.degree++;
  }
  return { nodes, links: [...pairs.values()] };
}

/**
 * Collision between node+label boxes (labels sit below glyphs, so circles would waste
 * room or let labels overlap). Uses predicted positions and nudges velocities, like
 * d3's forceCollide. Sort and sweep along x: only pairs whose boxes can meet sideways
 * are compared, with no allocation per tick (the layout runs hundreds of ticks before
 * the first paint, so garbage here shows up as load time).
 */
export function forceBoxCollide(strength = 0.8, iterations = 2): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  let random: () => number = Math.random;
  let order = new Uint32Array(0);
  let predictedX = new Float64Array(0);
  // Per node, fixed while boxes do not change: half width, half height, and how far the
  // box's centre sits below the node's centre.
  let halfWidth = new Float64Array(0);
  let halfHeight = new Float64Array(0);
  let centreDrop = new Float64Array(0);
  let widestHalf = 0;

  function force() {
    const n = nodes.length;
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < n; i++) {
        const node = nodes[i]!;
        predictedX[i] = node.x + (node.vx ?? 0);
      }
      sortIndicesBy(order, predictedX);
      for (let p = 0; p < n; p++) {
        const ia = order[p]!;
        const reach = predictedX[ia]! + halfWidth[ia]! + widestHalf;
        for (let q = p + 1; q < n; q++) {
          const ib = order[q]!;
          if (predictedX[ib]! >= reach) break;
          separate(ia, ib);
        }
      }
    }
  }

  function separate(ia: number, ib: number) {
    const a = nodes[ia]!;
    const b = nodes[ib]!;
    let dx = b.x + (b.vx ?? 0) - (a.x + (a.vx ?? 0));
    const overlapX = halfWidth[ia]! + halfWidth[ib]! - Math.abs(dx);
    if (overlapX <= 0) return;
    let dy = b.y + centreDrop[ib]! + (b.vy ?? 0) - (a.y + centreDrop[ia]! + (a.vy ?? 0));
    const overlapY = halfHeight[ia]! + halfHeight[ib]! - Math.abs(dy);
    if (overlapY <= 0) return;
    if (dx === 0) dx = (random() - 0.5) * 1e-3;
    if (dy === 0) dy = (random() - 0.5) * 1e-3;
    // Push apart along the axis that needs the smaller move; a pinned node does not
    // move, so the other one takes the whole push.
    const aFixed = a.fx != null;
    const bFixed = b.fx != null;
    if (aFixed && bFixed) return;
    const aShare = aFixed ? 0 : bFixed ? 2 : 1;
    const bShare = bFixed ? 0 : aFixed ? 2 : 1;
    if (overlapX < overlapY) {
      const push = (overlapX / 2) * strength * Math.sign(dx);
      a.vx = (a.vx ?? 0) - push * aShare;
      b.vx = (b.vx ?? 0) + push * bShare;
    } else {
      const push = (overlapY / 2) * strength * Math.sign(dy);
      a.vy = (a.vy ?? 0) - push * aShare;
      b.vy = (b.vy ?? 0) + push * bShare;
    }
  }

  force.initialize = (initial: LayoutNode[], randomSource: () => number) => {
    nodes = initial;
    random = randomSource;
    order = Uint32Array.from(nodes, (_, i) => i);
    predictedX = new Float64Array(nodes.length);
    halfWidth = Float64Array.from(nodes, (node) => node.box.halfWidth);
    halfHeight = Float64Array.from(nodes, (node) => (node.box.top + node.box.bottom) / 2);
    centreDrop = Float64Array.from(nodes, (node) => (node.box.bottom - node.box.top) / 2);
    widestHalf = 0;
    for (const node of nodes) widestHalf = Math.max(widestHalf, node.box.halfWidth);
  };
  return force;
}

/**
 * Many-body repulsion. Up to `exactMax` nodes it sums every pair exactly, which at this
 * size beats d3's Barnes–Hut quadtree (rebuilt, and garbage, every tick); bigger graphs
 * use d3's forceManyBody with the same strength and reach.
 */
export function forceRepel(
  strength: (node: LayoutNode) => number,
  distanceMax: number,
  exactMax = 400,
): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);
  const approximate = forceManyBody<LayoutNode>()
    .strength(strength)
    .distanceMax(distanceMax)
    .theta(0.9);
  const distanceMax2 = distanceMax * distanceMax;
  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(alpha: number) {
    const n = nodes.length;
    if (n > exactMax) {
      approximate(alpha);
      return;
    }
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      const pullOfA = strengths[i]! * alpha;
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let l = dx * dx + dy * dy;
        if (l >= distanceMax2) continue;
        if (dx === 0) {
          dx = jiggle();
          l += dx * dx;
        }
        if (dy === 0) {
          dy = jiggle();
          l += dy * dy;
        }
        // d3's distanceMin of 1 keeps coincident nodes from flying apart.
        if (l < 1) l = Math.sqrt(l);
        const onA = (strengths[j]! * alpha) / l;
        const onB = pullOfA / l;
        a.vx = (a.vx ?? 0) + dx * onA;
        a.vy = (a.vy ?? 0) + dy * onA;
        b.vx = (b.vx ?? 0) - dx * onB;
        b.vy = (b.vy ?? 0) - dy * onB;
      }
    }
  }
  force.initialize = (initial: LayoutNode[], randomSource: () => number) => {
    nodes = initial;
    random = randomSource;
    strengths = Float64Array.from(nodes, strength);
    approximate.initialize?.(initial, randomSource);
  };
  return force;
}

/**
 * Nudge nodes off links that pass through their glyph or label (hub-and-spoke maps
 * otherwise thread spokes through neighbours). O(nodes × links), so only for small graphs.
 */
const LINK_REACTION = 0.5;

export function forceLinkAvoid(
  links: LayoutLink[],
  strength = 0.35,
  maxWork = 40000,
): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  // Per node, two circles to keep links out of: the glyph, and the middle of the label
  // (offset below the centre, and radius). Computed once; boxes do not change.
  let circles = new Float64Array(0);
  let reach = 0;
  // Nodes by x, re-sorted each tick, so each link only looks at nodes within its span.
  let byX = new Uint32Array(0);
  let nodeX = new Float64Array(0);
  let sortedX = new Float64Array(0);

  function force(alpha: number) {
    const n = nodes.length;
    if (n * links.length > maxWork) return;
    for (let i = 0; i < n; i++) nodeX[i] = nodes[i]!.x;
    sortIndicesBy(byX, nodeX);
    for (let p = 0; p < n; p++) sortedX[p] = nodeX[byX[p]!]!;
    for (const link of links) {
      const { source: s, target: t } = link;
      const sx = s.x;
      const sy = s.y;
      const dx = t.x - sx;
      const dy = t.y - sy;
      const length2 = dx * dx + dy * dy;
      if (length2 < 1) continue;
      const minX = Math.min(sx, t.x) - reach;
      const maxX = Math.max(sx, t.x) + reach;
      const minY = Math.min(sy, t.y) - reach;
      const maxY = Math.max(sy, t.y) + reach;
      for (let p = firstAtLeast(sortedX, n, minX); p < n && sortedX[p]! <= maxX; p++) {
        const i = byX[p]!;
        const node = nodes[i]!;
        if (node === s || node === t) continue;
        if (node.y < minY || node.y > maxY) continue;
        for (let c = 0; c < 2; c++) {
          const offset = circles[i * 4 + c * 2]!;
          const room = circles[i * 4 + c * 2 + 1]!;
          const px = node.x;
          const py = node.y + offset;
          const u = ((px - sx) * dx + (py - sy) * dy) / length2;
          if (u <= 0.02 || u >= 0.98) continue;
          const qx = sx + u * dx - px;
          const qy = sy + u * dy - py;
          const distance = Math.sqrt(qx * qx + qy * qy);
          if (distance >= room) continue;
          // Move away from the closest point on the link, perpendicular to it.
          let nx = -qx;
          let ny = -qy;
          if (distance < 1e-6) {
            nx = -dy;
            ny = dx;
          }
          const norm = Math.sqrt(nx * nx + ny * ny) || 1;
          const push = (room - distance) * strength * alpha * 4;
          const ux = nx / norm;
          const uy = ny / norm;
          node.vx = (node.vx ?? 0) + ux * push;
          node.vy = (node.vy ?? 0) + uy * push;
          // And the link the other way, mostly at its nearer end, so spokes open a gap.
          const back = push * LINK_REACTION;
          t.vx = (t.vx ?? 0) - ux * back * u;
          t.vy = (t.vy ?? 0) - uy * back * u;
          s.vx = (s.vx ?? 0) - ux * back * (1 - u);
          s.vy = (s.vy ?? 0) - uy * back * (1 - u);
        }
      }
    }
  }
  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    byX = Uint32Array.from(nodes, (_, i) => i);
    nodeX = new Float64Array(nodes.length);
    sortedX = new Float64Array(nodes.length);
    circles = new Float64Array(nodes.length * 4);
    reach = 0;
    nodes.forEach((node, i) => {
      const labelDrop = (node.box.bottom - node.box.top) / 2 + node.box.top / 2;
      const labelRoom = Math.min(node.box.halfWidth, node.box.bottom - labelDrop) * 0.8;
      circles.set([0, node.radius + 6, labelDrop, labelRoom], i * 4);
      reach = Math.max(reach, node.radius + 6, labelDrop + labelRoom);
    });
  };
  return force;
}

/**
 * A spring to each node's home, deliberately not scaled by alpha: as the simulation
 * cools, collisions (which d3 does not scale either) would otherwise push whole groups
 * away after a drag. Pinned nodes are left alone.
 */
export function forceHome(
  home: (id: string) => Point | undefined,
  strength: number,
): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  const force = () => {
    for (const node of nodes) {
      const target = home(node.id);
      if (!target || node.fx != null) continue;
      node.vx = (node.vx ?? 0) + (target.x - node.x) * strength;
      node.vy = (node.vy ?? 0) + (target.y - node.y) * strength;
    }
  };
  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
  };
  return force;
}

/**
 * Sort `order` (indices into `keys`) by key, in place. Insertion sort: between ticks
 * nodes barely move, so last tick's order is nearly sorted and this is about linear.
 */
function sortIndicesBy(order: Uint32Array, keys: Float64Array): void {
  for (let i = 1; i < order.length; i++) {
    const index = order[i]!;
    const key = keys[index]!;
    let j = i - 1;
    while (j >= 0 && keys[order[j]!]! > key) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = index;
  }
}

/** The first index in sorted[0, n) whose value is ≥ value (n if none). */
function firstAtLeast(sorted: Float64Array, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Apply the shared forces to a simulation. Centring pulls are stronger along the short
 * side of the bounds so the picture takes the shape of the screen.
 */
export function applyForces(
  simulation: Simulation<LayoutNode, LayoutLink>,
  links: LayoutLink[],
  bounds: Bounds,
): void {
  const width = bounds.maxX - bounds.minX;
  const height = bounds.maxY - bounds.minY;
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  // Unlinked actors (participants without stances) only have this pull: keep them near.
  const pull = (node: LayoutNode) => (node.degree === 0 ? 0.1 : 0.045) + 0.005;
  const aspect = width / Math.max(1, height);
  simulation
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .distance(
          (link) =>
            link.source.radius +
            link.target.radius +
            (link.membership ? MEMBERSHIP_LINK_ROOM : STANCE_LINK_ROOM) +
            PARALLEL_LINK_ROOM * Math.min(MAX_PARALLEL_LENGTHENING, link.multiplicity - 1),
        )
        .strength((link) =>
          link.membership
            ? 0.9
            : 0.7 / Math.max(1, Math.min(link.source.degree, link.target.degree)),
        ),
    )
    .force(
      'charge',
      forceRepel((node) => -120 - 8 * node.radius, Math.max(width, height) / 2),
    )
    .force('collide', forceBoxCollide())
    .force('avoid', forceLinkAvoid(links))
    .force(
      'x',
      forceX<LayoutNode>(cx).strength((node) => pull(node) * Math.min(1, 1 / aspect)),
    )
    .force(
      'y',
      forceY<LayoutNode>(cy).strength((node) => pull(node) * Math.min(1, aspect)),
    );
}

/** Keep every node's box inside the bounds (pinned nodes stay where the user put them). */
export function clampToBounds(nodes: LayoutNode[], bounds: Bounds): void {
  for (const node of nodes) {
    if (node.fx != null || node.fy != null) continue;
    node.x = clamp(node.x, bounds.minX + node.box.halfWidth, bounds.maxX - node.box.halfWidth);
    node.y = clamp(node.y, bounds.minY + node.box.top, bounds.maxY - node.box.bottom);
  }
}

function clamp(value: number, min: number, max: number): number {
  if (min > max) return (min + max) / 2;
  return value < min ? min : value > max ? max : value;
}

/** Numerical Recipes LCG: a small, seedable random source so the same data lays out the same. */
export function seededRandom(seed: number): () => number {
  let state = (seed >>> 0) ^ 0x9e3779b9 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
