/**
 * Where the open dataset comes from, as the address says it: `?data=NAME` (a file in
 * public/data/), `?data=local:ID` (the library in this browser) or `?src=URL` (another
 * server). A value that breaks the rules is a source of its own, `invalid`, so the app
 * says what is wrong (invalidSource.ts, loaded only then) instead of quietly opening the
 * default. Pure: no fetching here.
 */
import { DATASET_NAME, LOCAL_DATASET } from '../url/urlState';
import { DEFAULT_DATASET } from './datasetUrl';

export { DATASET_NAME };
export const LOCAL_PREFIX = 'local:';

export type DatasetSource =
  | { kind: 'bundled'; name: string }
  | { kind: 'local'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'invalid'; param: 'data' | 'src'; value: string };

export const DEFAULT_SOURCE: DatasetSource = { kind: 'bundled', name: DEFAULT_DATASET };

export function parseDataSource(data: string): DatasetSource {
  if (LOCAL_DATASET.test(data)) return { kind: 'local', id: data.slice(LOCAL_PREFIX.length) };
  if (DATASET_NAME.test(data)) return { kind: 'bundled', name: data };
  return { kind: 'invalid', param: 'data', value: data };
}

export function parseSrc(src: string): DatasetSource {
  try {
    const url = new URL(src);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      return { kind: 'url', url: url.href };
  } catch {
    // Not an address at all: invalid, as below.
  }
  return { kind: 'invalid', param: 'src', value: src };
}

/** The source the address names; none named is the default dataset. */
export function datasetSourceFromSearch(search: string): DatasetSource {
  const params = new URLSearchParams(search);
  const src = params.get('src');
  if (src) return parseSrc(src);
  const data = params.get('data');
  return data ? parseDataSource(data) : DEFAULT_SOURCE;
}

/** One string per source: query keys, per-dataset storage, equality. */
export function sourceKey(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return source.name;
    case 'local':
      return `${LOCAL_PREFIX}${source.id}`;
    case 'url':
      return `src:${source.url}`;
    case 'invalid':
      return `invalid:${source.param}=${source.value}`;
  }
}

export function sameSource(a: DatasetSource, b: DatasetSource): boolean {
  return sourceKey(a) === sourceKey(b);
}

/** The address parameters that name this source (the default dataset needs none). */
export function sourceParams(source: DatasetSource): { data: string | null; src: string | null } {
  switch (source.kind) {
    case 'bundled':
      return { data: source.name === DEFAULT_DATASET ? null : source.name, src: null };
    case 'local':
      return { data: `${LOCAL_PREFIX}${source.id}`, src: null };
    case 'url':
      return { data: null, src: source.url };
    case 'invalid':
      return source.param === 'data'
        ? { data: source.value, src: null }
        : { data: null, src: source.value };
  }
}
