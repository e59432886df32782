/** The command line's JSON: names instead of references, the fields issue 11 specifies. */
import type { Suggestion } from './types';

export interface CliSuggestion {
  from: string[];
  to: string;
  type: string;
  start: number;
  end: number;
  quote: string;
  attribution: 'direct' | 'reported';
  topics: string[];
}

export function toCliOutput(suggestions: Suggestion[]): { suggestions: CliSuggestion[] } {
  return {
    suggestions: suggestions.map((s) => ({
      from: s.from.map((r) => r.name),
      to: s.to.name,
      type: s.type,
      start: s.start,
      end: s.end,
      quote: s.quote,
      attribution: s.attribution,
      topics: s.topics,
    })),
  };
}
