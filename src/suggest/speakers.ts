/**
 * Who takes the stance: the grammatical subject; where it is elided ("3. Condemned…"),
 * a pronoun ("They condemned…") or a generic phrase ("the two countries"), the most
 * recent speaker; in direct speech with "we", the quotation's attribution
 * ("…,” Arvenian Foreign Minister Lina Sarro said). A bloc speaks for all its members.
 */
import type { Actor } from '../data/schema';
import { fold } from './normalize';
import type { ActorMatcher } from './mentions';
import type { Range } from './segment';

export const SPEAKER_KINDS = new Set([
  'state',
  'bloc',
  'organization',
  'un-body',
  'armed-group',
  'person',
  'unnamed',
]);

const SPEAKER_NOUNS =
  /\b(?:ministers?|representatives?|delegations?|delegates?|leaders?|heads?|governments?|presidents?|envoys?|ambassadors?|officials?|spokes(?:man|woman|person)|counterparts?|authorities|foreign ministry|ministry)\s*$/;

/** A subject that names nobody and so refers back to the last speaker. */
const REFERRING_SUBJECT =
  /^\W*(?:they|we|it|he|she|i|both|the (?:two|three|four|five) (?:countries|sides|states|ministers|parties|governments|leaders|delegations)|the (?:ministers|sides|parties|participants|signatories|guarantors|countries|leaders|delegations|representatives)|(?:the )?ministers|(?:the )?(?:guarantor|participating|member|signatory|neighbou?ring) (?:countries|states|parties)|(?:the )?statement|(?:the )?communiqu\w+|(?:the )?declaration)\b/;

const TITLE_WORDS = new Set(
  'the a an her his their its our foreign deputy prime minister president secretary general ambassador envoy special spokesperson spokesman spokeswoman mr mrs ms dr counterpart affairs state defence defense of and for in on'.split(
    ' ',
  ),
);

export interface SpeakerFinder {
  /** Actor ids (blocs expanded to members) that read as a subject in this range. */
  speakersIn(text: string, range: Range): Actor[];
  /** Remember the people named next to their country ("Arvenian Foreign Minister Lina Sarro"). */
  registerPeople(text: string, range: Range, speakers: Actor[]): void;
  peopleIn(text: string, range: Range): Actor[];
}

export function createSpeakerFinder(matcher: ActorMatcher): SpeakerFinder {
  const people = new Map<string, Actor[]>();
  const expand = (actors: Actor[]): Actor[] => {
    const out: Actor[] = [];
    const push = (a: Actor) => {
      if (!out.includes(a)) out.push(a);
    };
    for (const a of actors) {
      const members = (a.members ?? [])
        .map((id) => matcher.byId.get(id))
        .filter((m): m is Actor => !!m);
      if (members.length > 0) members.forEach(push);
      else push(a);
    }
    return out;
  };
  return {
    speakersIn(text, range) {
      const found: Actor[] = [];
      for (const m of matcher.find(text, range)) {
        if (!SPEAKER_KINDS.has(m.actor.kind)) continue;
        const before = fold(text.slice(range.start, m.start));
        // Inside a relative clause ("Corvania, which did not send a delegation, …").
        if (/,\s*(?:which|who|whose|where)\b[^,]*$/.test(before)) continue;
        const prep =
          /\b(in|on|at|by|to|from|with|for|against|between|regarding|toward|towards|over|about|into|through|under|after|before|during|of)\s+(?:the\s+)?$/.exec(
            before,
          );
        if (prep) {
          if (prep[1] !== 'of') continue;
          if (!SPEAKER_NOUNS.test(before.slice(0, prep.index))) continue;
        }
        found.push(m.actor);
      }
      return expand(found);
    },
    registerPeople(text, range, speakers) {
      if (speakers.length === 0) return;
      const mentions = matcher.find(text, range);
      const re = /\p{Lu}[\p{L}'’-]+/gu;
      const slice = text.slice(range.start, range.end);
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const at = range.start + m.index;
        if (mentions.some((x) => at >= x.start && at < x.end)) continue;
        const word = fold(m[0]);
        if (TITLE_WORDS.has(word)) continue;
        people.set(word, speakers);
      }
    },
    peopleIn(text, range) {
      const words = fold(text.slice(range.start, range.end)).match(/[\p{L}'-]+/gu) ?? [];
      for (const w of words) {
        const actors = people.get(w);
        if (actors) return actors;
      }
      return [];
    },
  };
}

export function refersBack(subjectText: string): boolean {
  const t = fold(subjectText).trim();
  return t === '' || /^[\W\d]*$/.test(t) || REFERRING_SUBJECT.test(t);
}
