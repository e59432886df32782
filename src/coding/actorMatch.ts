/**
 * Which actor do the selected words name? Names and aliases are compared ignoring case
 * and diacritics ("Turkiye" finds Türkiye, "TUSAS" finds TUSAŞ), so the analyst reuses an
 * actor instead of making a twin. And where in the text is an actor named?
 */
import type { Actor, Dataset } from '../data/schema';
import type { Span } from './text';
import { foldForMatch, foldWithMap } from './text';

export interface ActorProposal {
  actor: Actor;
  /** The name or alias that matched, as the dataset spells it. */
  matched: string;
  /** 'exact': the words are that name; 'partial': one contains the other. */
  how: 'exact' | 'partial';
}

export function namesOf(actor: Actor): string[] {
  return [actor.name, actor.shortName, ...actor.aliases].filter(
    (name): name is string => !!name && name.trim() !== '',
  );
}

/** Leading articles and possessives the text puts around a name: "the", "’s". */
function core(folded: string): string {
  return folded.replace(/^the /, '').replace(/'s$/, '');
}

export function proposeActors(dataset: Pick<Dataset, 'actors'>, words: string): ActorProposal[] {
  const wanted = core(foldForMatch(words));
  if (wanted.length < 2) return [];
  const exact: ActorProposal[] = [];
  const partial: ActorProposal[] = [];
  for (const actor of dataset.actors) {
    let found: ActorProposal | undefined;
    for (const name of namesOf(actor)) {
      const folded = core(foldForMatch(name));
      if (folded === wanted) {
        found = { actor, matched: name, how: 'exact' };
        break;
      }
      if (!found && folded.length >= 3 && wanted.length >= 3) {
        const pattern = (needle: string) =>
          new RegExp(`(^|[^\\p{L}\\p{N}])${escape(needle)}($|[^\\p{L}\\p{N}])`, 'u');
        if (pattern(folded).test(wanted) || pattern(wanted).test(folded))
          found = { actor, matched: name, how: 'partial' };
      }
    }
    if (found) (found.how === 'exact' ? exact : partial).push(found);
  }
  return [...exact, ...partial];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every place the text names the actor (any name or alias, whole words only), in text
 * order, with offsets into the original text.
 */
export function occurrencesOf(text: string, actor: Actor): Span[] {
  const { folded, origin } = foldWithMap(text);
  const spans: Span[] = [];
  for (const name of namesOf(actor)) {
    const needle = foldForMatch(name);
    if (!needle) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of folded.matchAll(pattern)) {
      spans.push({ start: origin[match.index]!, end: origin[match.index + match[0].length]! });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // A shorter name inside a longer one's match ("UN" in "UN Security Council") counts once.
  const kept: Span[] = [];
  for (const span of spans) if (span.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(span);
  return kept;
}
