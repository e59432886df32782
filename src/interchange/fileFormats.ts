/**
 * Which reader takes a file the user opens, or why Stance Map refuses it, decided in one
 * place: the file picker's accept list, the routing of a dropped or picked file and every
 * "cannot open this" message come from the table below; parseDatasetBytes reads a dataset file.
 */
import { DatasetError, parseDataset, sizeProblem } from '../data/parseDataset';
import type { Dataset } from '../data/schema';
import { decodeUtf8 } from '../data/textEncoding';
import { startsLikeSqlite } from './sqliteFile';

export type FileReader = 'stance-map' | 'dna' | 'stance-csv';

const OPENABLE: readonly { reader: FileReader; extensions: readonly string[]; what: string }[] = [
  { reader: 'stance-map', extensions: ['.json'], what: 'a Stance Map dataset (.json)' },
  { reader: 'dna', extensions: ['.dna', '.sqlite', '.db'], what: 'a DNA database (.dna)' },
  { reader: 'stance-csv', extensions: ['.csv', '.tsv'], what: 'a stance spreadsheet (.csv, .tsv)' },
];

const WITHOUT_TEXTS =
  'so it cannot open as a dataset; open the dataset’s .json or .dna file instead';

/** Formats Stance Map writes but cannot read back as a dataset, and why. */
const REFUSED: Readonly<Record<string, string>> = {
  '.gexf': `a GEXF file holds the network and its quotes but not the documents’ full texts, ${WITHOUT_TEXTS}`,
  '.graphml': `a GraphML file holds the network and its quotes but not the documents’ full texts, ${WITHOUT_TEXTS}`,
  '.jsonl': `PLOVER events hold quotes but not the documents’ full texts, ${WITHOUT_TEXTS}`,
};

/** For the file picker: every extension a reader takes. */
export const ACCEPT_ATTRIBUTE = OPENABLE.flatMap((format) => format.extensions).join(',');

/** ".json" for "Astana.JSON"; "" for a name without an extension. */
function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

export type FileRoute = { reader: FileReader } | { refused: string };

/** The reader for this file, or the reason it is refused. Any SQLite file is read as DNA. */
export function routeFile(name: string, bytes: Uint8Array): FileRoute {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return { refused: tooLarge };
  if (startsLikeSqlite(bytes)) return { reader: 'dna' };
  const extension = extensionOf(name);
  const format = OPENABLE.find((candidate) => candidate.extensions.includes(extension));
  if (format) return { reader: format.reader };
  const refused = REFUSED[extension];
  if (refused) return { refused };
  const what = extension ? `“${extension}” files` : 'files without an extension';
  const accepted = OPENABLE.map((candidate) => candidate.what);
  return {
    refused: `${what} cannot be opened; Stance Map opens ${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}`,
  };
}

/**
 * Parse and fully check a dataset file's bytes, which must be UTF-8. Throws DatasetError.
 * For a file routeFile sent here (it has refused files over the limit).
 */
export function parseDatasetBytes(bytes: Uint8Array, file: string): Dataset {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw new DatasetError(file, [
      { path: '', reason: 'the file is not UTF-8 text; save it as UTF-8 and open it again' },
    ]);
  }
  return parseDataset(text, file);
}
