/**
 * The one entry point for opening a file, whatever its format: a Stance Map dataset
 * (.json), a DNA database (.dna, any SQLite file), or a stance spreadsheet (.csv,
 * .tsv) coded against the open dataset. Each reader loads on demand. Every dataset
 * returned has passed the app's own checks (parseDataset/checkDataset), so every
 * evidence span is the exact slice of its document's text. Errors are DatasetErrors
 * naming the file, the place (row, statement, table) and the reason.
 */
import { DatasetError } from '../data/parseDataset';
import type { Dataset } from '../data/schema';
import { countDataset, type ImportSummary } from './common';
import { parseDatasetBytes, routeFile, type FileReader } from './fileFormats';
import type { DnaMapping, DnaStatementType } from './dna';
import type { NewActor } from './stanceCsv';

export type { DnaMapping, DnaStatementType, DnaTypeMapping } from './dna';
export type { ImportSummary, SkippedItem } from './common';
export type { NewActor } from './stanceCsv';

export type ImportFormat = FileReader;

export type ImportOutcome =
  | { kind: 'dataset'; dataset: Dataset; format: ImportFormat; summary: ImportSummary }
  /** A DNA file with statement types Stance Map cannot map by itself: show DnaMappingDialog, then call again with `mapping`. */
  | {
      kind: 'needs-mapping';
      format: 'dna';
      file: string;
      statementTypes: DnaStatementType[];
      suggested: DnaMapping;
      unmapped: number[];
    }
  /** A spreadsheet naming actors the dataset lacks: show ImportSummaryDialog, then call again with `confirmNewActors: true`. */
  | { kind: 'confirm-actors'; format: 'stance-csv'; newActors: NewActor[]; summary: ImportSummary };

export interface ImportOptions {
  /** DNA: per statement type id, which variables make a stance (or null to leave it out). */
  mapping?: DnaMapping;
  /** Spreadsheets: create the actors the file names but the dataset lacks. */
  confirmNewActors?: boolean;
  /** Spreadsheets: the dataset whose documents the quotes come from (the one open). */
  base?: Dataset;
}

function refuse(name: string, reason: string): never {
  throw new DatasetError(name, [{ path: '', reason }]);
}

export async function importFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const route = routeFile(name, bytes);
  if ('refused' in route) refuse(name, route.refused);

  if (route.reader === 'dna') {
    const [{ readDna }, { loadSqlJs }] = await Promise.all([import('./dna'), import('./sqlJs')]);
    const SQL = await loadSqlJs();
    const result = readDna(SQL, bytes, name, { mapping: options.mapping });
    if (result.kind === 'needs-mapping') return { ...result, format: 'dna' };
    return { kind: 'dataset', dataset: result.dataset, format: 'dna', summary: result.summary };
  }

  if (route.reader === 'stance-csv') {
    if (!options.base)
      refuse(
        name,
        'a stance spreadsheet quotes the documents of a dataset: open that dataset first, then the spreadsheet',
      );
    const { readStanceCsv } = await import('./stanceCsv');
    const result = readStanceCsv(bytes, name, {
      base: options.base,
      confirmNewActors: options.confirmNewActors,
    });
    if (result.kind === 'confirm-actors') return { ...result, format: 'stance-csv' };
    return {
      kind: 'dataset',
      dataset: result.dataset,
      format: 'stance-csv',
      summary: result.summary,
    };
  }

  const dataset = parseDatasetBytes(bytes, name);
  return {
    kind: 'dataset',
    dataset,
    format: 'stance-map',
    summary: {
      format: 'Stance Map dataset',
      counts: countDataset(dataset),
      skipped: [],
      newActors: [],
      notes: [],
    },
  };
}
