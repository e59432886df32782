import { clusterCutAt } from '../../../src/data/graphemes';

/** Every offset where a fresh Intl.Segmenter over the whole text puts a boundary. */
function boundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const found = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) found.add(index);
  return found;
}

describe('clusterCutAt', () => {
  it('agrees with Intl.Segmenter at every offset of a mixed text, shortcut included', () => {
    const text = [
      'Plain ASCII, Latin-1 (café, Ş, ü) and “curly” ‘quotes’ — dashes – … ‹angle› ‰ ′.',
      'Cafe\u0301 with a combining accent, \u0301 a stray one, e\u0308\u0323 two of them.',
      'Line\r\nbreaks\rand\n, a zero\u200dwidth joiner, 👩‍👩‍👧 a family, 🇫🇷🇩🇪 two flags, 👍🏽.',
      'Hangul 한국어 and 한 (\u1112\u1161\u11ab), Devanagari नमस्ते, Arabic \u0600\u0661 with a prepend.',
    ].join('\n');
    const expected = boundaries(text);
    let cuts = 0;
    for (let offset = 1; offset < text.length; offset++) {
      const cut = clusterCutAt(text, offset);
      expect(
        cut === null,
        `offset ${offset} (${JSON.stringify(text.slice(offset - 2, offset + 2))})`,
      ).toBe(expected.has(offset));
      if (cut) {
        cuts++;
        expect(expected.has(cut.start) && expected.has(cut.end)).toBe(true);
        expect(cut.start < offset && offset < cut.end).toBe(true);
      }
    }
    expect(cuts).toBeGreaterThan(20);
  });
});
