/**
 * A bundled dataset whose NAME.json is not there: index.json may list it under another
 * file; otherwise the error says so and lists what exists. Loaded only then.
 */
import { datasetUrl } from './datasetUrl';
import type { DatasetListing, Fetch } from './loadDataset';
import { DatasetError } from './parseDataset';

/** A file name index.json may point at: in public/data/ itself, ending .json. */
const LISTED_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

/** How many names an error lists before "and N more". */
const LISTED_NAMES = 8;

export async function fetchDatasetIndex(fetchImpl: Fetch = fetch): Promise<DatasetListing[]> {
  try {
    const response = await fetchImpl(datasetUrl('index.json'), { cache: 'no-cache' });
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

export function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'none listed';
  const shown = names.slice(0, LISTED_NAMES).join(', ');
  const more = names.length - LISTED_NAMES;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/**
 * The file to read instead of NAME.json, from index.json; throws the DatasetError to
 * show when there is none.
 */
export async function listedFile(name: string, fetchImpl: Fetch): Promise<string> {
  const file = `${name}.json`;
  const index = await fetchDatasetIndex(fetchImpl);
  const listing = index.find((item) => item.id === name);
  if (listing && typeof listing.file === 'string' && listing.file !== file) {
    if (LISTED_FILE.test(listing.file)) return listing.file;
    throw new DatasetError('index.json', [
      {
        path: `datasets[${index.indexOf(listing)}].file`,
        reason: `"${listing.file}" is not a file name in public/data/ ending ".json"`,
      },
    ]);
  }
  throw missing(name, file, !!listing, index);
}

export function missing(
  name: string,
  file: string,
  listed: boolean,
  index: readonly DatasetListing[] = [],
): DatasetError {
  return new DatasetError(file, [
    {
      path: '',
      reason: listed
        ? `"${name}" is listed in index.json but the file is missing`
        : `no dataset named "${name}". Available: ${listNames(index.map((item) => item.id))}`,
    },
  ]);
}
