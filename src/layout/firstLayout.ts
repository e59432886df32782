/**
 * The first layout of a dataset, as a pure function of its JSON text and the view asked
 * for, so a worker can compute it while the app's code loads (see src/boot/). The app
 * uses the result only if it describes exactly the graph and layout box it would
 * compute itself; otherwise it lays out as usual.
 */
import type { Dataset, JointMode } from '../data/schema';
import { buildGraph, type Graph } from '../graph/buildGraph';
import { indexDataset } from '../graph/datasetIndex';
import { hasActiveFilters, NO_FILTERS, type Filters } from '../graph/filters';
import { computeLayout, layoutExtent, type Positions } from './computeLayout';

/** The seed of every map's first layout: the same data always draws the same map. */
export const LAYOUT_SEED = 22;

export interface FirstLayoutRequest {
  filters: Filters;
  joint: JointMode;
  /** See nominalMapArea. */
  area: { width: number; height: number };
}

export interface FirstLayout {
  /** graphSignature of the graph laid out. */
  signature: string;
  box: { width: number; height: number };
  positions: [id: string, x: number, y: number][];
}

/** Which nodes and links a graph has, in order: two graphs with one signature lay out alike. */
export function graphSignature(graph: Graph): string {
  const nodes = graph.nodes.map((node) => node.id).join('\u0001');
  const links = graph.links.map((link) => link.id).join('\u0001');
  return `${nodes}\u0000${links}`;
}

/** The layout box for a graph: sized for the unfiltered graph, so filtering never moves the frame. */
export function layoutBox(fullGraph: Graph, area: { width: number; height: number }) {
  return layoutExtent(fullGraph, area.width, area.height);
}

/**
 * Parses without validating: the app validates the same text before it draws anything,
 * and a dataset that fails there never reaches the map. Throws on input it cannot use.
 */
export function computeFirstLayout(json: string, request: FirstLayoutRequest): FirstLayout {
  const index = indexDataset(JSON.parse(json) as Dataset);
  const fullGraph = buildGraph(index, { filters: NO_FILTERS, joint: request.joint });
  // Unfiltered (the usual first view): the same graph, built once.
  const graph = hasActiveFilters(request.filters)
    ? buildGraph(index, { filters: request.filters, joint: request.joint })
    : fullGraph;
  const box = layoutBox(fullGraph, request.area);
  const positions: Positions = computeLayout(graph, { ...box, seed: LAYOUT_SEED });
  return {
    signature: graphSignature(graph),
    box,
    positions: [...positions].map(([id, point]) => [id, point.x, point.y]),
  };
}
