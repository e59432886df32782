/**
 * The one query for the open dataset, whatever its source: a bundled file, the library
 * in this browser or another server's address. Each path ends in parseDataset, so every
 * dataset passes the same checks and fails with the same kind of DatasetError.
 */
import { queryOptions } from '@tanstack/react-query';
import { sourceKey, type DatasetSource } from './datasetSource';
import { isOfflineBuild } from '../ui/buildMode';
import { loadDataset } from './loadDataset';
import { DatasetError } from './datasetError';
import type { Dataset } from './schema';

async function loadSource(source: DatasetSource): Promise<Dataset> {
  switch (source.kind) {
    case 'bundled':
      return loadDataset(source.name);
    case 'local': {
      // The library (and Dexie with it) loads only for local datasets.
      const { loadLocalDataset } = await import('../library/loadLocalDataset');
      return loadLocalDataset(source.id);
    }
    case 'url': {
      const { loadDatasetFromUrl } = await import('./loadFromUrl');
      const dataset = await loadDatasetFromUrl(source.url);
      // Kept in the library as well; a browser that will not keep it still shows it.
      void import('../library/rememberUrl')
        .then(({ rememberUrlDataset }) => rememberUrlDataset(source.url, dataset))
        .catch(() => undefined);
      return dataset;
    }
    case 'invalid': {
      const { invalidSourceReason } = await import('./sourceMessages');
      throw new DatasetError(`?${source.param}=${source.value}`, [
        { path: '', reason: invalidSourceReason(source) },
      ]);
    }
  }
}

export function datasetQueryKey(source: DatasetSource): readonly ['dataset', string] {
  return ['dataset', sourceKey(source)];
}

/** The dataset query, shared with the start-up code that begins it before React mounts. */
export function datasetQuery(source: DatasetSource) {
  return queryOptions({
    queryKey: datasetQueryKey(source),
    // A saved briefing file carries its dataset in the page (see src/ui/buildMode.ts).
    queryFn: () =>
      isOfflineBuild
        ? import('./embeddedDataset').then(({ readEmbeddedDataset }) => readEmbeddedDataset())
        : loadSource(source),
    // A failed start-up fetch shows its error; it is asked again only on Retry.
    retryOnMount: false,
  });
}
