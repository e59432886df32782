/**
 * What a link asked for that the app could not honour: parseUrlState drops unknown or
 * malformed values (never trusting them); this says which, so a notice can tell the
 * reader instead of the link failing silently ("0 stances" with no hint why).
 * `data` and `src` (which dataset to open) are reported by the loader, not here.
 */
import { listShort, shorten } from '../data/describeIssue';
import { POLARITIES, ROLES, STANCE_TYPE_IDS } from '../data/vocabulary';
import { URL_STATE_PARAMS } from './urlState';

/** Every parameter the app reads; anything else in a link is reported as unknown. */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set([
  ...URL_STATE_PARAMS,
  // Read once at start, never written back.
  'handout',
  'presenter',
  // The Code view's route (src/coding/route.ts).
  'code',
  'from',
]);

export interface KnownForUrl {
  actorIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
  stanceIds: ReadonlySet<string>;
  /** Scenes a `scene=` link can name: the dataset's and the user's own. */
  sceneIds: ReadonlySet<string>;
}

const MAX_LISTED = 3;

function quoted(items: readonly string[]): string {
  return listShort(
    items.map((item) => `"${shorten(item, 30)}"`),
    MAX_LISTED,
  );
}

function unknownIn(raw: string, known: ReadonlySet<string>): string[] {
  return [...new Set(raw.split(',').filter((item) => item && !known.has(item)))];
}

/** One short phrase per ignored part of the link, in the order of the parameters. */
export function ignoredParams(search: string, known: KnownForUrl): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return ['the address (it is malformed)'];
  }
  const out: string[] = [];
  const names = [...new Set(params.keys())].filter((name) => !KNOWN_PARAMS.has(name));
  if (names.length)
    out.push(
      `${names.length === 1 ? 'parameter' : 'parameters'} ${quoted(names)} (not used by this app)`,
    );

  const check = (name: string, valid: ReadonlySet<string>, what: string) => {
    const raw = params.get(name);
    if (raw === null) return;
    const bad = unknownIn(raw, valid);
    if (bad.length) out.push(`${name} ${quoted(bad)} (no such ${what})`);
  };
  const select = params.get('select');
  if (select !== null) {
    const match = /^(actor|stance):(.+)$/.exec(select);
    if (!match) out.push(`select "${shorten(select, 30)}" (write actor:ID or stance:ID)`);
    else {
      const set = match[1] === 'actor' ? known.actorIds : known.stanceIds;
      if (!set.has(match[2]!)) out.push(`select ${quoted([select])} (no such ${match[1]})`);
    }
  }
  check('topics', known.topicIds, 'topic');
  check('polarity', new Set(POLARITIES), 'polarity');
  check('types', new Set(STANCE_TYPE_IDS), 'stance type');
  check('roles', new Set(ROLES), 'role');
  check('focus', known.actorIds, 'actor');
  const view = params.get('view');
  if (view !== null && view !== 'map' && view !== 'table')
    out.push(`view "${shorten(view, 30)}" (map or table)`);
  const joint = params.get('joint');
  if (joint !== null && joint !== 'bloc' && joint !== 'separate')
    out.push(`joint "${shorten(joint, 30)}" (bloc or separate)`);
  const scene = params.get('scene');
  if (scene !== null && !known.sceneIds.has(scene))
    out.push(`scene "${shorten(scene, 30)}" (no such scene)`);
  const zoom = params.get('zoom');
  if (zoom !== null && !(Number(zoom) >= 0.1 && Number(zoom) <= 10))
    out.push(`zoom "${shorten(zoom, 30)}" (a number from 0.1 to 10)`);
  for (const flag of ['embed', 'handout']) {
    const value = params.get(flag);
    if (value !== null && value !== '1' && value !== '0')
      out.push(`${flag} "${shorten(value, 30)}" (use ${flag}=1)`);
  }
  return out;
}
