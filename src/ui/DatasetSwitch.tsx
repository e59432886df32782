/**
 * Opening another dataset from inside the workspace (a file, the Library): the app puts
 * its address in the history and shows it with a fresh view. Provided by App.
 */
import { createContext, useContext } from 'react';
import type { DatasetSource } from '../data/datasetSource';

export type SwitchDataset = (source: DatasetSource) => void;

const DatasetSwitchContext = createContext<SwitchDataset | null>(null);

export const DatasetSwitchProvider = DatasetSwitchContext.Provider;

/** null outside the app (component tests), where there is nothing to switch. */
export function useSwitchDataset(): SwitchDataset | null {
  return useContext(DatasetSwitchContext);
}
