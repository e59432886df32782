/**
 * Topics by the dataset's own words: a topic fits a suggestion when its label's content
 * words appear in the quote (all of them for a one- or two-word label, at least two
 * otherwise), or its label appears whole. No topic fits: none is proposed.
 */
import type { Topic } from '../data/schema';
import { contentWords, fold } from './normalize';

export interface TopicMatcher {
  match(quote: string): string[];
}

export function createTopicMatcher(topics: Topic[]): TopicMatcher {
  const prepared = topics.map((t) => ({
    id: t.id,
    label: fold(t.label),
    words: new Set(contentWords(t.label)),
  }));
  return {
    match(quote) {
      const folded = fold(quote);
      const words = new Set(contentWords(quote));
      return prepared
        .filter((t) => {
          if (t.words.size === 0) return false;
          if (folded.includes(t.label)) return true;
          let hits = 0;
          for (const w of t.words) if (words.has(w)) hits++;
          return t.words.size <= 2 ? hits === t.words.size : hits >= 2;
        })
        .map((t) => t.id);
    },
  };
}
