/**
 * A settled force layout computed ahead of drawing: seeded, synchronous and pure (no DOM,
 * no React), so the same data always draws the same map and the first paint is calm.
 */
import { forceSimulation } from 'd3-force';
import type { Graph } from '../graph/buildGraph';
import {
  applyForces,
  clampToBounds,
  forceHome,
  layoutModel,
  seededRandom,
  type Bounds,
  type LayoutLink,
  type LayoutNode,
  type Point,
} from './forces';
import { FORCE_LAYOUT_MAX_NODES, packLayout } from './packLayout';

export type { Point } from './forces';
// Presenting lays scenes out with this too; it loads with the rest of the layout code.
export { compactArrangement } from './compactArrangement';
export type Positions = Map<string, Point>;

export interface LayoutOptions {
  /** The box to lay out in, in map units; every node and its label ends up inside. */
  width: number;
  height: number;
  seed?: number;
  /** Where nodes were before (e.g. before a filter change): they start there and move little. */
  initial?: ReadonlyMap<string, Point>;
  /** Nodes the user pinned: they do not move at all. */
  pinned?: ReadonlyMap<string, Point>;
  /** Override the number of ticks (benchmarks); by default it shrinks for big graphs. */
  ticks?: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const ALPHA_MIN = 0.001;
/** Starting heat of a warm start: enough to place newcomers, too little to reshuffle. */
const WARM_ALPHA = 0.25;
const WARM_HOME_STRENGTH = 0.06;
/**
 * The layout stops early once no node has moved more than REST_MOVE px (|dx| + |dy|) in
 * each of REST_TICKS ticks: the picture is at rest. On astana-22 that saves about a
 * quarter of the ticks with label overlaps and links through nodes unchanged (measured
 * over 96 layouts: 12 seeds, 4 view shapes, bloc and separate); at 0.3 px they grow.
 */
const REST_MOVE = 0.2;
const REST_TICKS = 10;

/** Fewer ticks for bigger graphs, so a 150-node, 1,300-link graph still lays out well under a second. */
export function tickBudget(nodes: number, links: number, warm: boolean): number {
  const work = nodes + links / 2;
  const cold = Math.round(Math.min(320, Math.max(120, 60000 / Math.max(1, work))));
  return warm ? Math.round(cold * 0.45) : cold;
}

export function computeLayout(graph: Graph, options: LayoutOptions): Positions {
  const { width, height, seed = 1, initial, pinned } = options;
  const { nodes, links } = layoutModel(graph);
  if (!nodes.length) return new Map();
  const bounds: Bounds = { minX: 0, minY: 0, maxX: width, maxY: height };
  const random = seededRandom(seed);
  if (nodes.length > FORCE_LAYOUT_MAX_NODES)
    return bigLayout(nodes, links, bounds, random, options);
  const warm = placeInitial(nodes, links, bounds, random, initial, pinned);
  const ticks = options.ticks ?? tickBudget(nodes.length, links.length, warm);
  const alpha = warm ? WARM_ALPHA : 1;

  const simulation = forceSimulation<LayoutNode, LayoutLink>()
    .stop()
    .randomSource(random)
    .nodes(nodes)
    .alpha(alpha)
    .alphaMin(ALPHA_MIN)
    // Cool from the starting heat to alphaMin over exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(ALPHA_MIN / alpha, 1 / Math.max(1, ticks)))
    .velocityDecay(0.42);
  applyForces(simulation, links, bounds);
  if (warm && initial) {
    // Nodes already on screen stay close to where they were; newcomers find room.
    simulation.force(
      'home',
      forceHome((id) => initial.get(id), WARM_HOME_STRENGTH),
    );
  }
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  let still = 0; // consecutive ticks at rest
  for (let i = 0; i < ticks; i++) {
    for (let j = 0; j < nodes.length; j++) {
      xs[j] = nodes[j]!.x;
      ys[j] = nodes[j]!.y;
    }
    simulation.tick();
    clampToBounds(nodes, bounds);
    let moved = 0;
    for (let j = 0; j < nodes.length; j++) {
      moved = Math.max(moved, Math.abs(nodes[j]!.x - xs[j]!) + Math.abs(nodes[j]!.y - ys[j]!));
    }
    still = moved < REST_MOVE ? still + 1 : 0;
    if (still >= REST_TICKS) break;
  }
  // No recentring afterwards: the positions are where the forces balance, so the live
  // simulation starts at rest (the camera centres the picture instead).
  return new Map(nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
}

/**
 * A map too big to lay out by force within a frame's budget: packed rows on a cold start;
 * on a warm start (a filter change) everyone known stays put and newcomers are packed
 * beside them. No ticks: this must stay fast at the largest size the app accepts.
 */
function bigLayout(
  nodes: LayoutNode[],
  links: LayoutLink[],
  bounds: Bounds,
  random: () => number,
  { initial, pinned }: LayoutOptions,
): Positions {
  const known = nodes.filter((node) => pinned?.has(node.id) || initial?.has(node.id));
  if (known.length === 0) packLayout(nodes, bounds);
  else {
    placeInitial(nodes, links, bounds, random, initial, pinned);
    const newcomers = nodes.filter((node) => !pinned?.has(node.id) && !initial?.has(node.id));
    if (newcomers.length) {
      // Below everything already placed, so no newcomer lands on a known actor.
      let bottom = -Infinity;
      for (const node of known) bottom = Math.max(bottom, node.y + node.box.bottom);
      packLayout(newcomers, {
        ...bounds,
        minY: bottom,
        maxY: bottom + (bounds.maxY - bounds.minY) / 2,
      });
      let top = Infinity;
      for (const node of newcomers) top = Math.min(top, node.y - node.box.top);
      const shift = bottom - top;
      for (const node of newcomers) node.y += shift;
    }
  }
  return new Map(nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
}

/**
 * Initial positions: `pinned` fixed, `initial` kept, newcomers beside the neighbours
 * already placed, the rest on a phyllotaxis spiral (most connected in the middle).
 * Returns whether this is a warm start.
 */
function placeInitial(
  nodes: LayoutNode[],
  links: LayoutLink[],
  bounds: Bounds,
  random: () => number,
  initial: ReadonlyMap<string, Point> | undefined,
  pinned: ReadonlyMap<string, Point> | undefined,
): boolean {
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  let known = 0;
  for (const node of nodes) {
    const fixed = pinned?.get(node.id);
    const start = fixed ?? initial?.get(node.id);
    if (start && Number.isFinite(start.x) && Number.isFinite(start.y)) {
      node.x = start.x;
      node.y = start.y;
      known++;
    }
    if (fixed) {
      node.fx = fixed.x;
      node.fy = fixed.y;
    }
  }

  if (known === 0) {
    const order = nodes
      .map((node, index) => ({ node, index }))
      .sort((a, b) => b.node.degree - a.node.degree || a.index - b.index);
    const spacing =
      nodes.reduce((sum, node) => sum + Math.max(node.box.halfWidth, node.box.bottom), 0) /
      nodes.length;
    const turn = random() * 2 * Math.PI;
    order.forEach(({ node }, i) => {
      const radius = spacing * Math.sqrt(0.5 + i);
      const angle = turn + i * GOLDEN_ANGLE;
      node.x = cx + radius * Math.cos(angle);
      node.y = cy + radius * Math.sin(angle);
    });
    return false;
  }

  // Newcomers start near their placed neighbours; repeat so chains of newcomers follow.
  const neighbours = new Map<LayoutNode, LayoutNode[]>(nodes.map((node) => [node, []]));
  for (const link of links) {
    neighbours.get(link.source)!.push(link.target);
    neighbours.get(link.target)!.push(link.source);
  }
  const isPlaced = (node: LayoutNode) => Number.isFinite(node.x) && Number.isFinite(node.y);
  for (let pass = 0; pass < 4; pass++) {
    const placedNow: [LayoutNode, number, number][] = [];
    for (const node of nodes) {
      if (isPlaced(node)) continue;
      const placed = neighbours.get(node)!.filter(isPlaced);
      if (!placed.length) continue;
      const mx = placed.reduce((sum, n) => sum + n.x, 0) / placed.length;
      const my = placed.reduce((sum, n) => sum + n.y, 0) / placed.length;
      const angle = random() * 2 * Math.PI;
      const offset = node.radius * 3;
      placedNow.push([node, mx + offset * Math.cos(angle), my + offset * Math.sin(angle)]);
    }
    if (!placedNow.length) break;
    for (const [node, x, y] of placedNow) {
      node.x = x;
      node.y = y;
    }
  }
  for (const node of nodes) {
    if (isPlaced(node)) continue;
    const angle = random() * 2 * Math.PI;
    const radius = Math.min(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) * 0.15;
    node.x = cx + radius * Math.cos(angle);
    node.y = cy + radius * Math.sin(angle);
  }
  return true;
}
