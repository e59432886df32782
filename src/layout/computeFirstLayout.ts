/**
 * The first layout itself, for the worker the boot script starts (see firstLayout.ts):
 * from the dataset's JSON text to positions, with the same graph and seed as the app.
 */
import type { Dataset } from '../data/schema';
import { buildGraph } from '../graph/buildGraph';
import { indexDataset } from '../graph/datasetIndex';
import { hasActiveFilters, NO_FILTERS } from '../graph/filters';
import { computeLayout, type Positions } from './computeLayout';
import {
  graphSignature,
  LAYOUT_SEED,
  layoutBox,
  type FirstLayout,
  type FirstLayoutRequest,
} from './firstLayout';

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
