/**
 * A file the user opened: read and checked (readDatasetFile), kept in the library and
 * handed to the dataset query, so the view switches to it without reading it again.
 * Where the browser will not keep it, it opens anyway for this tab, with a warning.
 */
import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryKey } from '../data/datasetQuery';
import type { DatasetSource } from '../data/datasetSource';
import type { Dataset } from '../data/schema';
import { getAppLibrary } from './appLibrary';
import { newLibraryId } from './entryFacts';
import { readDatasetFile } from './readDatasetFile';
import type { LibraryOrigin } from './types';

export interface Opened {
  source: DatasetSource;
  /** Set when the dataset could not be stored: say so, it lasts only for this tab. */
  warning?: string;
}

export async function keepAndShow(
  dataset: Dataset,
  origin: LibraryOrigin,
  queryClient: QueryClient,
): Promise<Opened> {
  let id: string;
  let warning: string | undefined;
  try {
    const library = getAppLibrary();
    const entry = await library.add(dataset, origin);
    id = entry.id;
    if (entry.tabOnly) warning = library.problem;
  } catch (error) {
    id = newLibraryId(dataset.id);
    warning =
      `“${dataset.title}” could not be kept in this browser (${error instanceof Error ? error.message : String(error)}); ` +
      'it stays open for as long as this tab does.';
  }
  const source: DatasetSource = { kind: 'local', id };
  queryClient.setQueryData(datasetQueryKey(source), dataset);
  return warning ? { source, warning } : { source };
}

export async function openDatasetFile(file: File, queryClient: QueryClient): Promise<Opened> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { dataset, origin } = await readDatasetFile(file.name, bytes);
  return keepAndShow(dataset, origin, queryClient);
}
