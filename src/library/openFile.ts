/**
 * A file the user opened: routed by its format and read (interchange/importFile), checked,
 * kept in the library and handed to the dataset query, so the view switches to it without
 * reading it again.
 * Where the browser will not keep it, it opens anyway for this tab, with a warning.
 */
import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryKey } from '../data/datasetQuery';
import type { DatasetSource } from '../data/datasetSource';
import type { Dataset } from '../data/schema';
import type { ImportOptions, ImportOutcome } from '../interchange/importFile';
import { getAppLibrary } from './appLibrary';
import { newLibraryId } from './entryFacts';
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

/** A file read: a dataset to show now, or an import whose summary the user sees first. */
export type FileReading =
  | { kind: 'opened'; opened: Opened }
  | { kind: 'import'; name: string; bytes: Uint8Array; outcome: ImportOutcome };

/** The dataset open now, whose documents a stance spreadsheet quotes. */
export function openDataset(queryClient: QueryClient, current: DatasetSource): Dataset | undefined {
  return queryClient.getQueryData<Dataset>(datasetQueryKey(current));
}

export async function importOpenedFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const { importFile } = await import('../interchange/importFile');
  return importFile(name, bytes, options);
}

export async function openDatasetFile(
  file: File,
  queryClient: QueryClient,
  current: DatasetSource,
): Promise<FileReading> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // importFile routes the file (and refuses what it cannot open) for every format.
  const outcome = await importOpenedFile(file.name, bytes, {
    base: openDataset(queryClient, current),
  });
  // A Stance Map dataset opens at once; the research tools' files show a summary first.
  if (outcome.kind === 'dataset' && outcome.format === 'stance-map') {
    const origin: LibraryOrigin = { kind: 'file', name: file.name };
    return { kind: 'opened', opened: await keepAndShow(outcome.dataset, origin, queryClient) };
  }
  return { kind: 'import', name: file.name, bytes, outcome };
}
