import { createContext, useContext } from 'react';
import type { JointMode } from '../data/schema';
import type { Graph } from '../graph/buildGraph';
import type { Filters } from '../graph/filters';

/**
 * The graph, filters and joint mode the Details panel shows: deferred (useDeferredValue)
 * by DetailsPanel, so the map paints a filter change first and the panel follows.
 */
export interface PanelData {
  graph: Graph;
  filters: Filters;
  joint: JointMode;
}

export const PanelDataContext = createContext<PanelData | null>(null);

export function usePanelData(): PanelData {
  const data = useContext(PanelDataContext);
  if (!data) throw new Error('usePanelData is for views inside DetailsPanel');
  return data;
}
