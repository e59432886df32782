/**
 * Fetch a dataset from public/data/ and check it. The query function for react-query:
 * it returns a Dataset or throws a DatasetError naming the file, path and reason.
 * `index.json` lists the datasets: a name whose NAME.json is missing is looked up there
 * (an entry's `file` may differ from its id), and the error lists what exists.
 */
import { takeEarlyResponse } from '../boot/earlyStart';
import { DEFAULT_DATASET, datasetUrl } from './datasetUrl';
import { DatasetError } from './datasetError';
import { parseDataset } from './parseDataset';
import type { Dataset } from './schema';
import { decodeDatasetBytes } from './textEncoding';

export interface DatasetListing {
  id: string;
  file: string;
  title: string;
  default?: boolean;
}

export { DEFAULT_DATASET };

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * fetch, except that the boot code's early request for the same file is used once.
 * Later requests (Retry, a dataset opened afterwards) ask the server again rather than
 * the HTTP cache, so a file fixed on disk is what Retry shows.
 */
const fetchOnce: Fetch = (url) => takeEarlyResponse(url) ?? fetch(url, { cache: 'no-cache' });

export async function fetchDatasetIndex(fetchImpl: Fetch = fetch): Promise<DatasetListing[]> {
  return (await import('./missingDataset')).fetchDatasetIndex(fetchImpl);
}

async function fetchFile(file: string, fetchImpl: Fetch): Promise<Response | null> {
  let response: Response;
  try {
    response = await fetchImpl(datasetUrl(file));
  } catch (error) {
    throw new DatasetError(file, [
      {
        path: '',
        reason: `could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  // A dev server answers unknown paths with its HTML page rather than a 404.
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.status === 404 || (response.ok && isHtml)) return null;
  if (!response.ok) {
    throw new DatasetError(file, [
      { path: '', reason: `the server answered ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  return response;
}

export async function loadDataset(name: string, fetchImpl: Fetch = fetchOnce): Promise<Dataset> {
  let file = `${name}.json`;
  let response = await fetchFile(file, fetchImpl);
  if (!response) {
    const { listedFile, missing } = await import('./missingDataset');
    file = await listedFile(name, fetchImpl);
    response = await fetchFile(file, fetchImpl);
    if (!response) throw missing(name, file, true);
  }
  // Bytes, not response.text(): a UTF-16 file with a byte-order mark is read as such.
  const json = decodeDatasetBytes(new Uint8Array(await response.arrayBuffer()));
  // A small file checks in one short task; yields would only queue it behind others (on
  // the first view, behind React's start-up) and delay the first map.
  if (json.length < STEPS_FROM_CHARACTERS) return parseDataset(json, file);
  const { parseDatasetInSteps } = await import('./parseDatasetInSteps');
  return parseDatasetInSteps(json, file);
}

/** Below this size (about 1 MB of JSON), checking takes a few tens of milliseconds. */
const STEPS_FROM_CHARACTERS = 1_000_000;
