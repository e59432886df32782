/**
 * Toward whom: each known actor in the object phrase, one suggestion each ("the UNHCR,
 * UN agencies and all humanitarian organizations" → three); agents of the object
 * ("attacks by Israel", "its aggressions", "Israeli attacks") count, places that only
 * locate an agent's acts ("… by Israel in Gaza") do not, nor do actors inside a relative
 * clause ("resources that belong to Syria") or after the addressee's infinitive
 * ("called on the international community to ensure access to Gaza").
 */
import type { ActorKind } from '../data/vocabulary';
import { fold } from './normalize';
import { guessKind, type ActorMatcher, type Mention } from './mentions';
import type { Range } from './segment';
import { tokenAt, type Token } from './tagger';

export interface ObjectAnalysis {
  /** The addressees proposed for this clause. */
  targets: Mention[];
  /** Every mention in the addressee part, locations included (a later "expressing concern" takes them). */
  all: Mention[];
  /** "called on X for Y": the actors in Y, proposed as calls-for. */
  forComplement: Mention[];
  /** Something came before an infinitive ("urged Osmark to close …"). */
  addresseeBeforeInfinitive: boolean;
  /** Nothing after the verb ("…, expressing deep concern."). */
  empty: boolean;
  /** "these attacks", "the region": refers to the previous clause's addressees. */
  anaphoric: boolean;
  /** No known actor: proposed new ones from the object's words. */
  newActors: NewActor[];
  /** How the addressees were found. */
  how: 'mentions' | 'locations-only' | 'none';
}

const ANAPHORA =
  /\b(?:(?:these|those|such|this|that|the said)\s+(?:\w+\s+)?(?:attacks?|actions?|acts?|measures?|violations?|steps?|elements?|developments?|efforts?|crimes?|strikes?|practices?|policies|policy|operations?|moves?)|the\s+(?:region|country|area|territory|latter|former))\b|^\s*(?:it|them)\b/;

const LOCATIVE_BEFORE = /\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?$/;
const COORDINATION_BEFORE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/;

/** Ranges of relative clauses inside an object ("… that target civilian facilities"). */
export function relativeClauses(text: string, object: Range): Range[] {
  const folded = fold(text.slice(object.start, object.end));
  const out: Range[] = [];
  const re = /(?:,\s*|\s+)(?:which|who|whom|whose|where|that)\b/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (/^\s*,?\s*that$/.test(folded.slice(0, m.index + m[0].length))) continue; // "stressed that …"
    const rest = folded.slice(m.index + m[0].length);
    const stop = /,\s+(?:and|as well as)\s|;/.exec(rest);
    const start = object.start + m.index;
    const end = stop ? object.start + m.index + m[0].length + stop.index : object.end;
    out.push({ start, end });
    re.lastIndex = end - object.start;
  }
  return out;
}

/** The first " to VERB" after `after`, or null. */
function infinitiveAfter(
  text: string,
  object: Range,
  after: number,
  tokens: Token[],
): number | null {
  const re = /\bto\s+(\p{L}+)/gu;
  const slice = text.slice(object.start, object.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = object.start + m.index;
    if (at < after) continue;
    const verb = tokenAt(tokens, at + m[0].length - (m[1] ?? '').length);
    if (verb && verb.tags.has('Verb') && !verb.tags.has('Noun')) return at;
  }
  return null;
}

export function analyzeObject(
  text: string,
  object: Range,
  matcher: ActorMatcher,
  tokens: Token[],
  options: { forComplement: boolean },
): ObjectAnalysis {
  const relatives = relativeClauses(text, object);
  const inRelative = (m: Mention) => relatives.some((r) => m.start >= r.start && m.start < r.end);
  let mentions = matcher.find(text, object).filter((m) => !inRelative(m));

  let cut = object.end;
  let forComplement: Mention[] = [];
  const first = mentions[0];
  let addresseeBeforeInfinitive = false;
  if (first) {
    const infinitive = infinitiveAfter(text, object, first.end, tokens);
    if (options.forComplement) {
      const forAt = fold(text.slice(first.end, object.end)).search(/\bfor\b/);
      if (forAt >= 0 && (infinitive === null || first.end + forAt < infinitive)) {
        cut = first.end + forAt;
        forComplement = mentions.filter((m) => m.start >= cut);
      }
    }
    if (infinitive !== null && infinitive < cut) {
      cut = infinitive;
      addresseeBeforeInfinitive = true;
    }
    mentions = mentions.filter((m) => m.start < cut);
  }

  const locative = new Set<Mention>();
  mentions.forEach((m, i) => {
    const before = fold(text.slice(object.start, m.start));
    const prev = mentions[i - 1];
    if (LOCATIVE_BEFORE.test(before)) locative.add(m);
    else if (
      prev &&
      locative.has(prev) &&
      COORDINATION_BEFORE.test(fold(text.slice(prev.end, m.start)))
    )
      locative.add(m);
  });
  const agents = mentions.filter((m) => !locative.has(m));
  const targets = dedupe(agents.length > 0 ? agents : mentions);

  const words = fold(text.slice(object.start, object.end))
    .replace(/\b(?:and|or|as well as|while|but|that|also|in the strongest terms)\b/g, ' ')
    .replace(/[^\p{L}\d]+/gu, '');
  const empty = words.length === 0;
  const anaphoric = targets.length === 0 && ANAPHORA.test(fold(text.slice(object.start, cut)));
  return {
    targets,
    all: dedupe(mentions),
    forComplement: dedupe(forComplement),
    addresseeBeforeInfinitive:
      addresseeBeforeInfinitive ||
      (targets.length === 0 && newActorCut(text, object, tokens) < object.end),
    empty,
    anaphoric,
    newActors:
      targets.length === 0 && !empty && !anaphoric
        ? newActorsFrom(text, newActorRange(text, object, tokens), relatives, tokens)
        : [],
    how: targets.length === 0 ? 'none' : agents.length > 0 ? 'mentions' : 'locations-only',
  };
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.actor.id) ? false : (seen.add(m.actor.id), true)));
}

export interface NewActor {
  name: string;
  kind: ActorKind;
}

const LEADING =
  /^(?:\s|,|that\b|the\s+(?:importance|need|necessity|urgency)\s+(?:of|for)\b|in the strongest terms\b|(?:the\s+)?(?:actions?|activities|situation|attempts?|role|work)\s+(?:of|in|by)\b|(?:the|a|an|any|all|its|their|his|her|our|this|these|those|such|every|each)\b)+/i;

const PROPER =
  /(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west)(?:ern)?\s+)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|for|the|on|de)\s+)*(?:\p{Lu}[\p{L}\d'’-]*|\d+(?:\s+\(\d{4}\))?))*/gu;
const AGENT =
  /\bby\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|on)\s+)*\p{Lu}[\p{L}'’-]*)*|\p{Ll}[\p{L}'’-]*(?:\s+(?!(?:that|which|who|in|on|at|to|of|for|with|from|and|or|as)\b)\p{Ll}[\p{L}'’-]*){0,2})/u;
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'this',
  'these',
  'those',
  'all',
  'any',
]);

/** The part of an object where new actors are looked for: after "combat"/"preventing", before "to VERB". */
function newActorRange(text: string, object: Range, tokens: Token[]): Range {
  const opposing = OPPOSING.exec(fold(text.slice(object.start, object.end)));
  const start = opposing ? object.start + opposing[0].length : object.start;
  return { start, end: Math.max(start, newActorCut(text, { start, end: object.end }, tokens)) };
}

/** Where the addressee part ends for new actors: before the first "to VERB" after some words. */
function newActorCut(text: string, object: Range, tokens: Token[]): number {
  const firstWord = /\p{L}/u.exec(text.slice(object.start, object.end));
  if (!firstWord) return object.end;
  return infinitiveAfter(text, object, object.start + firstWord.index + 1, tokens) ?? object.end;
}

/** A proper name with what makes it whole: "Marel valley", "Israeli armed forces", "UN agencies"; "Syria’s" → "Syria". */
function wholeName(text: string, start: number, end: number, tokens: Token[]): string {
  let name = text.slice(start, end);
  if (/['’]s$/.test(name)) return name.slice(0, -2);
  if (/['’]$/.test(name)) return name.slice(0, -1);
  let at = end;
  for (let words = 0; words < 3; words++) {
    const next = tokens.find((t) => t.start > at && t.start <= at + 1);
    if (!next || !/^\p{Ll}/u.test(next.text)) break;
    const noun = next.tags.has('Noun') || next.tags.has('Adjective');
    const blocked = [
      'Verb',
      'Preposition',
      'Determiner',
      'Conjunction',
      'Pronoun',
      'Possessive',
    ].some((tag) => next.tags.has(tag));
    if (!noun || blocked) break;
    at = next.end;
  }
  name = text.slice(start, at).replace(/['’]s$/, '');
  return name;
}

/**
 * Names for addressees nobody has coded yet: the agent ("by the Northern Front"), else
 * each proper name before any relative clause (places that only locate others dropped),
 * else the head phrase of each item of a comma list ("any plan that would divide Dravia"
 * → "Plan that would divide Dravia": a bare noun keeps its relative clause).
 */
export function newActorsFrom(
  text: string,
  object: Range,
  relatives: Range[],
  tokens: Token[] = [],
): NewActor[] {
  const slice = text.slice(object.start, object.end);
  const agent = AGENT.exec(slice);
  if (agent?.[1] && object.start + agent.index < (relatives[0]?.start ?? object.end)) {
    const words = agent[1].split(/\s+/);
    const at = object.start + agent.index + agent[0].length - agent[1].length;
    const name = /^\p{Lu}/u.test(agent[1])
      ? wholeName(text, at, at + agent[1].length, tokens)
      : words.slice(0, 3).join(' ');
    if (!FUNCTION_WORDS.has(fold(words[0] ?? ''))) return [named(name, /^\p{Lu}/u.test(name))];
  }
  const firstRelative = relatives[0]?.start ?? object.end;
  const names: { name: string; locative: boolean }[] = [];
  PROPER.lastIndex = 0;
  for (let m = PROPER.exec(slice); m; m = PROPER.exec(slice)) {
    if (object.start + m.index >= firstRelative) break;
    const raw = wholeName(
      text,
      object.start + m.index,
      object.start + m.index + m[0].length,
      tokens,
    );
    const name = raw.replace(/^(?:The|A|An)\s+/, '');
    if (/^(?:The|A|An)$/.test(name)) continue;
    names.push({ name, locative: LOCATIVE_BEFORE.test(fold(slice.slice(0, m.index))) });
  }
  const agents = names.filter((n) => !n.locative);
  const chosen = agents.length > 0 ? agents : names;
  if (chosen.length > 0)
    return [...new Set(chosen.map((n) => n.name))].map((name) => named(name, true));
  const items = slice
    .slice(0, firstRelative - object.start)
    .split(/,\s*(?:and\s+|or\s+|especially\s+|in particular\s+|including\s+)?/)
    .slice(0, 4);
  const out: NewActor[] = [];
  for (const item of items) {
    let head = item
      .replace(LEADING, '')
      .split(
        /[;:.”"()]|\s(?:in|on|at|by|with|from|during|without|as|to|for|toward|towards|through|since|until|while)\s/,
      )[0]
      ?.trim();
    if (!head || !/\p{L}{3}/u.test(head)) continue;
    // A bare noun says little without its relative clause ("any plan" → "plan that would divide Dravia").
    if (items.length === 1 && head.split(/\s+/).length <= 2 && relatives[0]) {
      const whole = text.slice(object.start, relatives[0].end).replace(LEADING, '').trim();
      if (whole.split(/\s+/).length <= 8) head = whole.replace(/[,.;:]+$/, '');
    }
    const name = head.split(/\s+/).slice(0, 10).join(' ');
    out.push(named(name[0]!.toUpperCase() + name.slice(1), false));
  }
  return out;
}

function named(name: string, properNoun: boolean): NewActor {
  return { name, kind: guessKind(name, properNoun) };
}

const OPPOSING =
  /^\W*(?:(?:that\s+)?(?:continue\s+(?:working\s+together\s+)?(?:to\s+)?)?(?:combat|combating|combatting|fight|fighting|counter|countering|prevent|preventing|oppose|opposing|eradicat\w*|eliminat\w*|confront\w*))\b/;

/** "commitment to combat terrorism", "the importance of preventing …" are opposition. */
export function opposesByObject(text: string, object: Range): boolean {
  return OPPOSING.test(fold(text.slice(object.start, object.end)));
}
