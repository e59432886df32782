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

  it('reads guillemets and low-high quotes as quotation marks, as the Code view does', () => {
    const text = 'Iran said: « We reject Israel’s plan. » Russia said „we support Syria“.';
    expect(suggest(text).map((s) => [s.type, s.attribution])).toEqual([
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
    // A name alone is weak evidence: "Syria" does not make a stance about Israeli strikes on Syria.
    expect(suggest('Iran supported Syria.')[0]?.topics).toEqual([]);
    expect(suggest('Iran condemned the strikes by Israel.')[0]?.topics).toEqual(['strikes']);
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

describe('awkward input', () => {
  it.each([
    ['Windows line endings', 'Title\r\nIran condemned Israel.\r\nRussia supported Syria.\r\n'],
    [
      'an unclosed quotation',
      'Iran said: “We condemn Israel and support Syria.\nRussia rejected Israel.',
    ],
    [
      'nested brackets and dashes',
      'Iran — (in a statement [late]) — condemned Israel’s strikes (in Gaza).',
    ],
    ['only punctuation', '“”""(),.;:—'],
    ['a list without a speaker', '1. Condemned Israel.\n2. Called for a ceasefire in Gaza.'],
  ])('%s: no exception, and every quote is the exact slice', (_, text) => {
    for (const s of suggest(text)) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('handles a long text in one call', () => {
    const text =
      'Iran condemned Israel’s strikes in Gaza and called on the UN Security Council to act.\n'.repeat(
        40,
      );
    const found = suggest(text);
    expect(found).toHaveLength(80);
    expect(new Set(found.map((s) => s.paragraph)).size).toBe(40);
  });
});
