import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema';
import { indexDataset, type DatasetIndex } from '../graph/datasetIndex';

const DatasetContext = createContext<{ index: DatasetIndex; name: string } | null>(null);

export function DatasetProvider({
  dataset,
  name,
  children,
}: {
  dataset: Dataset;
  name: string;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ index: indexDataset(dataset), name }), [dataset, name]);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

/** The loaded dataset's lookups; only valid below <DatasetProvider>. */
export function useDatasetIndex(): DatasetIndex {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDatasetIndex must be used inside <DatasetProvider>');
  return value.index;
}

export function useDatasetName(): string {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDatasetName must be used inside <DatasetProvider>');
  return value.name;
}
