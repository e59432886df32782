/**
 * Every case of the hostile corpus (tests/fixtures/hostile/) gets exactly its error, or
 * loads when it is valid.
 */
import { DatasetError, parseDataset } from '../../../src/data/parseDataset';
import { clusterCutAt } from '../../../src/data/graphemes';
import { HOSTILE_CASES } from '../../fixtures/hostile/corpus';

function outcome(text: string): string | null {
  try {
    parseDataset(text, 'hostile.json');
    return null;
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
}

describe('the hostile corpus', () => {
  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.kind}: ${hostile.name}`, () => {
      expect(outcome(hostile.text())).toBe(hostile.error);
    });
  }
});

describe('grapheme checks segment only around the offsets', () => {
  it('checks a span in a 20 MB text as fast as in a short one', () => {
    const text = `${'Ministers met. '.repeat(1_400_000)}Cafe\u0301 noir`;
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) clusterCutAt(text, text.length - 6 - (i % 2));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(clusterCutAt(text, text.length - 6)).toEqual({
      start: text.length - 7,
      end: text.length - 5,
    });
    expect(clusterCutAt(text, text.length - 5)).toBeNull();
  });
});
