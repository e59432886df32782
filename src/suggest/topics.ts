/**
 * Topics by the dataset's own words. A topic fits a suggestion when its label appears
 * whole in the quote, or its words score enough there: a label word counts 1, a long
 * word of its description 0.5, and a word that is only an actor's name (Gaza, Syria)
 * half that, since a name alone says little about the subject. A label of up to three
 * words needs 1, a longer one 2. No topic fits: none is proposed.
 */
import type { Actor, Topic } from '../data/schema';
import { contentWords, fold } from './normalize';

export interface TopicMatcher {
  match(quote: string): string[];
}

export function createTopicMatcher(topics: Topic[], actors: Actor[] = []): TopicMatcher {
  const names = new Set(
    actors
      .flatMap((a) => [a.name, a.shortName ?? '', ...a.aliases])
      .flatMap((n) => contentWords(n)),
  );
  const prepared = topics.map((t) => {
    const label = new Set(contentWords(t.label));
    const description = new Set(
      contentWords(t.description).filter((w) => w.length >= 6 && !label.has(w)),
    );
    return { id: t.id, label: fold(t.label), labelWords: label, description };
  });
  return {
    match(quote) {
      const folded = fold(quote);
      const words = new Set(contentWords(quote));
      const weight = (w: string, base: number) => (names.has(w) ? base / 2 : base);
      return prepared
        .filter((t) => {
          if (t.labelWords.size === 0) return false;
          if (folded.includes(t.label)) return true;
          let score = 0;
          for (const w of t.labelWords) if (words.has(w)) score += weight(w, 1);
          for (const w of t.description) if (words.has(w)) score += weight(w, 0.5);
          return score >= (t.labelWords.size <= 3 ? 1 : 2);
        })
        .map((t) => t.id);
    },
  };
}
