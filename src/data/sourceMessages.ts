/**
 * The words for a dataset that cannot be opened: where it came from, and why a source
 * named in the address breaks the rules (stating the rule). Loaded only when needed.
 */
import { LOCAL_PREFIX, type DatasetSource } from './datasetSource';

export const NAME_RULE =
  'a dataset name is lower-case letters, digits and "-" (like "astana-22", for public/data/astana-22.json), ' +
  'or "local:" and the id of a dataset kept in this browser';

export function invalidSourceReason(source: Extract<DatasetSource, { kind: 'invalid' }>): string {
  const { param, value } = source;
  // A "%" escape that does not decode reads as U+FFFD (URLSearchParams).
  const broken = value.includes('\uFFFD');
  if (param === 'src') {
    if (broken) return `"${value}" holds a broken "%" escape; give a full https://… address`;
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol;
    } catch {
      return `"${value}" is not a web address; give a full https://… address`;
    }
    return `only http and https addresses can be opened, not "${protocol}"`;
  }
  if (broken) return `"${value}" holds a broken "%" escape; ${NAME_RULE}`;
  if (value.startsWith('local:')) {
    return `"${value.slice(6)}" is not a library id: library ids are lower-case letters, digits and "-"`;
  }
  const lower = value.toLowerCase();
  const hint = /\.json$/i.test(value)
    ? `; leave out ".json" (?data=${value.replace(/\.json$/i, '')})`
    : lower !== value && /^[a-z0-9][a-z0-9-]*$/.test(lower)
      ? `; names are lower-case (?data=${lower})`
      : '';
  return `"${value}" is not a dataset name: ${NAME_RULE}${hint}`;
}

/** How the error screen names where the data came from. */
export function describeSource(source: DatasetSource): { label: string; value: string } {
  switch (source.kind) {
    case 'bundled':
      return { label: 'File', value: `data/${source.name}.json` };
    case 'local':
      return { label: 'Library dataset', value: `${LOCAL_PREFIX}${source.id}` };
    case 'url':
      return { label: 'Address', value: source.url };
    case 'invalid':
      return { label: 'Link parameter', value: `?${source.param}=${source.value}` };
  }
}
