/**
 * Known actors found in text by name, short name or alias (ignoring case and
 * diacritics: "Turkey" and "Türkiye", "TUSAS" and "TUSAŞ"), plus the adjective of a
 * state's name ("Arvenian" → Arvenia); and a guessed kind for an actor not yet known.
 */
import type { Actor } from '../data/schema';
import type { ActorKind } from '../data/vocabulary';
import { fold } from './normalize';
import type { Range } from './segment';

export interface Mention extends Range {
  actor: Actor;
  /** Found through the adjective of the name ("Israeli"), not the name itself. */
  demonym: boolean;
}

interface Form {
  actor: Actor;
  form: string;
  caseSensitive: boolean;
  demonym: boolean;
}

export interface ActorMatcher {
  actors: Actor[];
  byId: Map<string, Actor>;
  find(text: string, range: Range): Mention[];
}

/** "Arvenia" → "Arvenian", "Syria" → "Syrian", "Israel" → "Israeli" (states only). */
export function demonymsOf(name: string): string[] {
  if (/\s/.test(name)) return [];
  if (/a$/.test(name)) return [name + 'n'];
  if (/el$/.test(name)) return [name + 'i'];
  return [];
}

export function createActorMatcher(actors: Actor[]): ActorMatcher {
  const forms: Form[] = [];
  for (const actor of actors) {
    const names = [actor.name, actor.shortName, ...actor.aliases].filter((n): n is string => !!n);
    for (const n of new Set(names)) {
      const acronym = /^[A-Z0-9]{2,6}$/.test(n);
      forms.push({ actor, form: acronym ? n : fold(n), caseSensitive: acronym, demonym: false });
    }
    if (actor.kind === 'state') {
      for (const d of demonymsOf(actor.name)) {
        forms.push({ actor, form: fold(d), caseSensitive: false, demonym: true });
      }
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    actors,
    byId,
    find(text, range) {
      const original = text.slice(range.start, range.end);
      const folded = fold(original);
      const taken: Mention[] = [];
      for (const f of forms) {
        const haystack = f.caseSensitive ? original : folded;
        let from = 0;
        for (let i = haystack.indexOf(f.form, from); i >= 0; i = haystack.indexOf(f.form, from)) {
          from = i + 1;
          const end = i + f.form.length;
          if (/[\p{L}\d]/u.test(haystack[i - 1] ?? '') || /[\p{L}\d]/u.test(haystack[end] ?? ''))
            continue;
          const start = range.start + i;
          const stop = range.start + end;
          if (taken.some((m) => start < m.end && m.start < stop)) continue; // longest wins
          taken.push({ start, end: stop, actor: f.actor, demonym: f.demonym });
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}

const KIND_WORDS: [RegExp, ActorKind][] = [
  [/\b(?:UN|United Nations|Security Council|General Assembly|UNHCR|UNICEF|WHO)\b/, 'un-body'],
  [
    /\b(?:front|army|brigades?|militias?|forces|rebels|insurgents|movement|liberation|jihad\w*|groups?)\b/i,
    'armed-group',
  ],
  [
    /\b(?:accords?|agreements?|charter|resolutions?|conventions?|treaty|treaties|principles?|law|declaration|protocol|framework|roadmap|sovereignty|integrity|independence)\b/i,
    'principle',
  ],
  [
    /\b(?:council|committee|agency|organi[sz]ation|society|office|commission|union|league|bank|fund|secretariat|ministry|court|institute|association|parliament|government)\b/i,
    'organization',
  ],
  [
    /\b(?:valley|region|zone|city|province|district|strip|border|coast|island|area|territory|capital|north|south|east|west|northern|southern|eastern|western)\b/i,
    'place',
  ],
  [
    /\b(?:talks|process|consultations|negotiations|round|dialogue|format|settlement|working group|mechanism)\b/i,
    'process',
  ],
  [
    /\b(?:attack|bombing|shelling|strike|massacre|war|invasion|incident|summit|election)\b/i,
    'event',
  ],
  [
    /^(?:all\s+)?(?:parties|sides|states|countries|actors|stakeholders|international community|donors|partners|third parties)\b/i,
    'unnamed',
  ],
];

/** A guess from the words of the name: the analyst confirms or changes it on acceptance. */
export function guessKind(name: string, properNoun: boolean): ActorKind {
  for (const [re, kind] of KIND_WORDS) if (re.test(name)) return kind;
  if (properNoun) return /\s/.test(name) ? 'organization' : 'state';
  return 'issue';
}
