import { blocksOf, MAX_BLOCK, segmentsOf, type CodedSpan } from '../../../src/coding/textLayout';

describe('laying out the text', () => {
  it('makes one block per line and cuts long lines at a space, covering every character', () => {
    const long = 'word '.repeat(MAX_BLOCK);
    const text = `First line\n\n${long}\nLast`;
    const blocks = blocksOf(text);
    expect(blocks[0]).toEqual({ start: 0, end: 10, continued: false });
    expect(blocks[1]).toEqual({ start: 11, end: 11, continued: false });
    expect(blocks.some((b) => b.continued)).toBe(true);
    expect(blocks.every((b) => b.end - b.start <= MAX_BLOCK)).toBe(true);
    // Continued blocks join without a gap; lines are separated by exactly their "\n".
    const rebuilt = blocks
      .map((b, i) => (i && !b.continued ? '\n' : '') + text.slice(b.start, b.end))
      .join('');
    expect(rebuilt).toBe(text);
  });

  it('cuts segments where marks and the selection start and end, and counts a run once', () => {
    const block = { start: 0, end: 30, continued: false };
    const spans: CodedSpan[] = [
      { start: 5, end: 20, stanceId: 'a', evidenceIndex: 0, polarity: 'negative' },
      { start: 5, end: 20, stanceId: 'b', evidenceIndex: 0, polarity: 'positive' },
    ];
    const segments = segmentsOf(block, spans, { start: 10, end: 25 });
    expect(
      segments.map((s) => [s.start, s.end, s.stances.length, s.polarity, s.selected, s.runEnd]),
    ).toEqual([
      [0, 5, 0, null, false, true],
      [5, 10, 2, 'mixed', false, false],
      [10, 20, 2, 'mixed', true, true],
      [20, 25, 0, null, true, true],
      [25, 30, 0, null, false, true],
    ]);
  });
});
