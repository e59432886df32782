/**
 * One door for dataset files the user opens (picker or drop): the bytes in, a checked
 * Dataset out, or a DatasetError naming the file, path and reason. JSON today; other
 * formats are routed from here to their importer.
 */
import { decodeUtf8 } from '../data/textEncoding';
import { DatasetError, MAX_DATASET_BYTES, parseDataset } from '../data/parseDataset';
import type { Dataset } from '../data/schema';
import type { LibraryOrigin } from './types';

/** The formats readDatasetFile accepts, for the file picker's accept list and messages. */
const ACCEPTED_FILE_TYPES: readonly { extension: string; label: string }[] = [
  { extension: '.json', label: 'Stance Map dataset (JSON)' },
  { extension: '.dna', label: 'DNA 3.0 database' },
  { extension: '.csv', label: 'stance spreadsheet (CSV)' },
  { extension: '.tsv', label: 'stance spreadsheet (TSV)' },
];

export const ACCEPT_ATTRIBUTE = ACCEPTED_FILE_TYPES.map((type) => type.extension).join(',');

function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

function describeAccepted(): string {
  return ACCEPTED_FILE_TYPES.map((type) => `${type.label}, ending ${type.extension}`).join('; ');
}

export async function readDatasetFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ dataset: Dataset; origin: LibraryOrigin }> {
  const extension = extensionOf(name);
  if (extension !== '.json') {
    const what = extension ? `files ending "${extension}"` : 'files without an extension';
    throw new DatasetError(name, [
      { path: '', reason: `${what} cannot be opened; accepted: ${describeAccepted()}` },
    ]);
  }
  if (bytes.byteLength > MAX_DATASET_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new DatasetError(name, [
      {
        path: '',
        reason: `the file is ${mb(bytes.byteLength)}; datasets larger than ${mb(MAX_DATASET_BYTES)} are refused`,
      },
    ]);
  }
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw new DatasetError(name, [
      { path: '', reason: 'the file is not UTF-8 text; save it as UTF-8 and open it again' },
    ]);
  }
  return { dataset: parseDataset(text, name), origin: { kind: 'file', name } };
}
