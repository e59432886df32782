/**
 * Part-of-speech tags from compromise (its tagger only, no model download), by offset.
 * This module is the only one that imports compromise, and only the suggest module
 * imports it, so it never enters the first view.
 */
import nlp from 'compromise/two';

export interface Token {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export function tagText(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const json = nlp(slice).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  const tokens: Token[] = [];
  for (const sentence of json) {
    for (const term of sentence.terms) {
      const start = from + term.offset.start;
      const end = start + term.offset.length;
      tokens.push({ start, end, text: text.slice(start, end), tags: new Set(term.tags) });
    }
  }
  return tokens;
}

export function tokenAt(tokens: Token[], offset: number): Token | undefined {
  return tokens.find((t) => offset >= t.start && offset < t.end);
}
