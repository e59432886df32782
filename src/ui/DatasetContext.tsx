import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema';
import { parseDataSource, sourceKey, type DatasetSource } from '../data/datasetSource';
import { indexDataset, type DatasetIndex } from '../graph/datasetIndex';

interface DatasetContextValue {
  index: DatasetIndex;
  name: string;
  source: DatasetSource;
}

const DatasetContext = createContext<DatasetContextValue | null>(null);

export function DatasetProvider({
  dataset,
  name,
  source,
  children,
}: {
  dataset: Dataset;
  /** The source's key (see sourceKey); for a bundled dataset, its name. */
  name: string;
  /** Where the dataset came from; defaults to the bundled dataset `name`. */
  source?: DatasetSource;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ index: indexDataset(dataset), name, source: source ?? parseDataSource(name) }),
    [dataset, name, source],
  );
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

function useDatasetContext(hook: string): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error(`${hook} must be used inside <DatasetProvider>`);
  return value;
}

/** The loaded dataset's lookups; only valid below <DatasetProvider>. */
export function useDatasetIndex(): DatasetIndex {
  return useDatasetContext('useDatasetIndex').index;
}

export function useDatasetName(): string {
  return useDatasetContext('useDatasetName').name;
}

export function useDatasetSource(): DatasetSource {
  return useDatasetContext('useDatasetSource').source;
}

/**
 * The key under which things the user keeps for this dataset (scenes) are stored: a
 * bundled dataset's own id, as before; a library or address dataset's source key, so
 * two local datasets that share an id keep apart.
 */
export function storageIdFor(index: DatasetIndex, source: DatasetSource): string {
  return source.kind === 'bundled' ? index.dataset.id : sourceKey(source);
}

export function useDatasetStorageId(): string {
  const { index, source } = useDatasetContext('useDatasetStorageId');
  return storageIdFor(index, source);
}
