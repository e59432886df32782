/**
 * Pieces every interchange format shares: what an import reports, name matching,
 * ids made from names, and the final check that runs every produced dataset through
 * the same boundary as a fetched one. Pure.
 */
import {
  DatasetError,
  MAX_REPORTED_PROBLEMS,
  parseDataset,
  type DatasetProblem,
} from '../data/parseDataset';
import type { Dataset, Scene } from '../data/schema';

/** Something the import left out, and why (shown in the import summary, never dropped silently). */
export interface SkippedItem {
  /** Where in the file, e.g. "statement 12" or "CSV row 7". */
  where: string;
  reason: string;
}

export interface ImportSummary {
  /** e.g. "DNA database", "stance spreadsheet (CSV)". */
  format: string;
  counts: { documents: number; actors: number; topics: number; stances: number; quotes: number };
  /** What the source held that did not become a stance. */
  skipped: SkippedItem[];
  /** Names the file uses that match no actor: created only once the user confirms. */
  newActors: string[];
  /** Plain remarks, e.g. "3 statement types; 1 mapped by hand". */
  notes: string[];
}

export function countDataset(dataset: Dataset): ImportSummary['counts'] {
  return {
    documents: dataset.documents.length,
    actors: dataset.actors.length,
    topics: dataset.topics.length,
    stances: dataset.stances.length,
    quotes: dataset.stances.reduce((sum, stance) => sum + stance.evidence.length, 0),
  };
}

/** Case-, accent- and spacing-insensitive form of a name: "Türkiye" and "turkiye " match. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Text cut to the schema's limit, for titles and labels built from someone else's data. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

/** Throws the import's problems as one DatasetError naming the file. */
export function fail(file: string, problems: DatasetProblem[]): never {
  throw new DatasetError(file, problems.slice(0, MAX_REPORTED_PROBLEMS), problems.length);
}

/**
 * Every dataset an import produces goes through the app's own boundary (schema and
 * cross-checks, including quote === text.slice(start, end)), as JSON text, so what
 * opens is exactly what a saved file would be.
 */
export function finishDataset(dataset: Dataset, file: string): Dataset {
  return parseDataset(JSON.stringify(dataset), file);
}

/** 2024-11-12 from epoch seconds (UTC), as DNA stores dates. */
export function isoDateFromEpochSeconds(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? '1970-01-01' : date.toISOString().slice(0, 10);
}

export function epochSecondsFromIsoDate(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 1000);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The dataset's scenes whose every reference still resolves; undefined when none is left. */
export function keepResolvableScenes(dataset: Dataset): Scene[] | undefined {
  const actors = new Set(dataset.actors.map((a) => a.id));
  const topics = new Set(dataset.topics.map((t) => t.id));
  const stances = new Set(dataset.stances.map((s) => s.id));
  const documents = new Set(dataset.documents.map((d) => d.id));
  const kept = (dataset.scenes ?? []).filter(
    (scene) =>
      (scene.view.topics ?? []).every((t) => topics.has(t)) &&
      (scene.view.documents ?? []).every((d) => documents.has(d)) &&
      (scene.view.focus ?? []).every((a) => actors.has(a)) &&
      (scene.quotes ?? []).every((s) => stances.has(s)) &&
      (!scene.view.selection ||
        (scene.view.selection.kind === 'actor' ? actors : stances).has(scene.view.selection.id)),
  );
  return kept.length ? kept : undefined;
}
