/**
 * What the library lists about a dataset, read defensively from its JSON value: a coding
 * draft may be incomplete, so nothing here assumes the dataset is valid.
 */
import { slugify } from '../data/slug';
import type { LibraryOrigin } from './types';

export interface DatasetFacts {
  title: string;
  date?: string;
  actorCount: number;
  stanceCount: number;
  documentCount: number;
  /** The dataset's own id, when it has one: the library id is made from it. */
  datasetId?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function originName(origin: LibraryOrigin): string {
  switch (origin.kind) {
    case 'file':
    case 'import':
      return origin.name;
    case 'url':
      return origin.url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? origin.url;
    case 'coded':
      return 'Coded dataset';
  }
}

export function datasetFacts(dataset: unknown, origin: LibraryOrigin): DatasetFacts {
  const data = isRecord(dataset) ? dataset : {};
  const event = isRecord(data.event) ? data.event : undefined;
  const documents = Array.isArray(data.documents) ? data.documents : [];
  const firstDocument = isRecord(documents[0]) ? documents[0] : undefined;
  const date = nonEmptyString(event?.startDate) ?? nonEmptyString(firstDocument?.date);
  const datasetId = nonEmptyString(data.id);
  return {
    title: nonEmptyString(data.title) ?? originName(origin).replace(/\.json$/i, ''),
    ...(date ? { date } : {}),
    actorCount: count(data.actors),
    stanceCount: count(data.stances),
    documentCount: documents.length,
    ...(datasetId ? { datasetId } : {}),
  };
}

/** A readable stem for a library id: lower-case words joined by "-", at most 40 characters. */
export function idStem(text: string): string {
  return slugify(text, 'dataset', 40);
}

/** A stem with a short random suffix, so two opens of one file keep apart. */
export function newLibraryId(stemSource: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${idStem(stemSource)}-${suffix}`;
}
