import { useMemo } from 'react';
import { buildGraph, type Graph } from '../graph/buildGraph';
import { selectFilters, selectJoint } from '../state/selectors';
import { useUi } from '../state/UiStoreProvider';
import { useDatasetIndex } from './DatasetContext';

/** The graph for the current filters and joint mode, derived (never stored). */
export function useGraph(): Graph {
  const index = useDatasetIndex();
  const filters = useUi(selectFilters);
  const joint = useUi(selectJoint);
  return useMemo(() => buildGraph(index, { filters, joint }), [index, filters, joint]);
}
