import { useMemo } from 'react';
import type { JointMode } from '../data/schema';
import { buildGraph, type Graph } from '../graph/buildGraph';
import type { DatasetIndex } from '../graph/datasetIndex';
import type { Filters } from '../graph/filters';
import { selectFilters, selectJoint } from '../state/selectors';
import { useUi } from '../state/UiStoreProvider';
import { useDatasetIndex } from './DatasetContext';

/**
 * The last graph built per dataset: the map, the rail and the panel all ask for the same
 * one after a filter change, and it is built once instead of once per component.
 */
const lastGraph = new WeakMap<DatasetIndex, { filters: Filters; joint: JointMode; graph: Graph }>();

function sharedGraph(index: DatasetIndex, filters: Filters, joint: JointMode): Graph {
  const last = lastGraph.get(index);
  if (last && last.filters === filters && last.joint === joint) return last.graph;
  const graph = buildGraph(index, { filters, joint });
  lastGraph.set(index, { filters, joint, graph });
  return graph;
}

/** The graph for the current filters and joint mode, derived (never stored). */
export function useGraph(): Graph {
  const filters = useUi(selectFilters);
  const joint = useUi(selectJoint);
  return useGraphFor(filters, joint);
}

/** The graph for these filters and joint mode (e.g. deferred ones), shared as useGraph's is. */
export function useGraphFor(filters: Filters, joint: JointMode): Graph {
  const index = useDatasetIndex();
  return useMemo(() => sharedGraph(index, filters, joint), [index, filters, joint]);
}
