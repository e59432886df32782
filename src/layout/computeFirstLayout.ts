/**
 * The first layout itself, for the worker the boot script starts (see firstLayout.ts):
 * from the checked dataset to positions, with the same graph and seed as the app.
 */
import type { EarlyWork } from '../boot/earlyStart';
import { parseDataset } from '../data/parseDataset';
import type { Dataset } from '../data/schema';
import { parseUrlState } from '../url/urlState';
import { nominalMapArea } from './layoutArea';
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

export function computeFirstLayout(dataset: Dataset, request: FirstLayoutRequest): FirstLayout {
  const index = indexDataset(dataset);
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

export interface FirstLayoutJob {
  json: string;
  /** The page's location.search. */
  search: string;
  /** The window's inner size. */
  width: number;
  height: number;
}

/**
 * What the worker answers for the boot script's job: the dataset checked with the app's
 * own checks (parseDataset), and its first layout for the view in the URL. A dataset that
 * does not pass comes back as null, and the app checks the text again to say why.
 */
export function earlyWork({ json, search, width, height }: FirstLayoutJob): EarlyWork {
  let dataset: Dataset | null = null;
  try {
    dataset = parseDataset(json, 'the dataset');
  } catch {
    return { dataset: null, layout: null };
  }
  try {
    const view = parseUrlState(search);
    const area = nominalMapArea(width, height, view.embed);
    return {
      dataset,
      layout: computeFirstLayout(dataset, { filters: view.filters, joint: view.joint, area }),
    };
  } catch {
    // The map lays itself out.
    return { dataset, layout: null };
  }
}
