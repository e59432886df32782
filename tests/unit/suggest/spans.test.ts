import { describe, expect, it } from 'vitest';
import { suggest } from './helpers';

describe('spans, attribution, topics and paragraphs', () => {
  it('spans the verb (with its adverb) through its object, and the quote is the exact slice', () => {
    const text =
      'In the communiqué, Iran strongly condemned Israel’s strikes in Gaza, and called for a ceasefire.';
    const found = suggest(text);
    expect(found.map((s) => s.quote)).toEqual([
      'strongly condemned Israel’s strikes in Gaza',
      'called for a ceasefire.',
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('keeps offsets exact after characters outside the Basic Multilingual Plane', () => {
    const text = '🇺🇳 Türkiye 🙂 condemned Israel.';
    const [s] = suggest(text);
    expect(s && text.slice(s.start, s.end)).toBe('condemned Israel.');
    expect(s?.quote).toBe('condemned Israel.');
  });

  it('marks words inside curly or straight quotation marks as direct, the rest as reported', () => {
    const text =
      'Iran condemned Israel. It said: “We reject Israel’s plan.” Russia said "we support Syria".';
    expect(suggest(text).map((s) => [s.type, s.attribution])).toEqual([
      ['condemns', 'reported'],
      ['rejects', 'direct'],
      ['supports', 'direct'],
    ]);
  });

  it('ends a quoted stance at the closing quotation mark', () => {
    const text = '“We condemn the strikes by Israel,” Iran’s minister said, calling them illegal.';
    expect(suggest(text)[0]?.quote).toBe('condemn the strikes by Israel');
  });

  it('proposes topics whose label words are in the quote, and none otherwise', () => {
    expect(suggest('Iran condemned all Israeli strikes on Syria.')[0]?.topics).toEqual(['strikes']);
    expect(suggest('Iran called for a ceasefire in Gaza.')[0]?.topics).toEqual(['gaza']);
    expect(suggest('Iran supported Russia.')[0]?.topics).toEqual([]);
  });

  it('numbers paragraphs by non-empty lines', () => {
    const found = suggest('Title\n\nIran condemned Israel.\nRussia supported Syria.');
    expect(found.map((s) => s.paragraph)).toEqual([1, 2]);
  });

  it('proposes nothing for an empty text or a text with no stance', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest('The meeting was held in Astana. Delegations attended.')).toEqual([]);
  });
});
