/**
 * Fetch a dataset from public/data/ and check it. The query function for react-query:
 * it returns a Dataset or throws a DatasetError naming the file, path and reason.
 */
import { takeEarlyResponse } from '../boot/earlyStart';
import { DEFAULT_DATASET, datasetUrl } from './datasetUrl';
import { DatasetError, parseDatasetInSteps } from './parseDataset';
import type { Dataset } from './schema';
import { decodeDatasetBytes } from './textEncoding';

export interface DatasetListing {
  id: string;
  file: string;
  title: string;
  default?: boolean;
}

export { DEFAULT_DATASET };

type Fetch = (url: string) => Promise<Response>;

/** fetch, except that the boot code's early request for the same file is used once. */
const fetchOnce: Fetch = (url) => takeEarlyResponse(url) ?? fetch(url);

export async function fetchDatasetIndex(fetchImpl: Fetch = fetch): Promise<DatasetListing[]> {
  try {
    const response = await fetchImpl(datasetUrl('index.json'));
    if (!response.ok) return [];
    const body = (await response.json()) as { datasets?: unknown };
    if (!Array.isArray(body.datasets)) return [];
    return body.datasets.filter(
      (item): item is DatasetListing =>
        !!item && typeof item === 'object' && typeof (item as DatasetListing).id === 'string',
    );
  } catch {
    return [];
  }
}

export async function loadDataset(name: string, fetchImpl: Fetch = fetchOnce): Promise<Dataset> {
  const file = `${name}.json`;
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
  if (response.status === 404 || (response.ok && isHtml)) {
    const available = (await fetchDatasetIndex(fetchImpl)).map((listing) => listing.id);
    throw new DatasetError(file, [
      {
        path: '',
        reason: `no dataset named "${name}". Available: ${available.length ? available.join(', ') : 'none listed'}`,
      },
    ]);
  }
  if (!response.ok) {
    throw new DatasetError(file, [
      { path: '', reason: `the server answered ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  // Bytes, not response.text(): a UTF-16 file with a byte-order mark is read as such.
  const text = decodeDatasetBytes(new Uint8Array(await response.arrayBuffer()));
  return parseDatasetInSteps(text, file);
}
