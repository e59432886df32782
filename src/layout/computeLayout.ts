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
import { nodeBox, type NodeBox } from './labelMetrics';

export type { Point } from './forces';
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

export interface Transform {
  x: number;
  y: number;
  k: number;
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
