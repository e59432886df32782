import { foldForMatch, snapToWords } from '../../../src/coding/text';

const snap = (text: string, start: number, end: number) => {
  const span = snapToWords(text, { start, end });
  return span && text.slice(span.start, span.end);
};

describe('snapping a selection to words', () => {
  const text = 'It reaffirmed Syria’s sovereignty—and a cross-border aid plan.';
  it('moves ends inside a word out to its edges', () => {
    const at = text.indexOf('affirm');
    expect(snap(text, at, at + 4)).toBe('reaffirmed');
  });
  it('keeps a curly apostrophe inside a word', () => {
    const at = text.indexOf('ria');
    expect(snap(text, at, at + 2)).toBe('Syria’s');
    const after = text.indexOf('’s') + 1;
    expect(snap(text, after, after + 1)).toBe('Syria’s');
  });
  it('joins hyphenated words but stops at an em dash', () => {
    const at = text.indexOf('border');
    expect(snap(text, at + 1, at + 3)).toBe('cross-border');
    const sov = text.indexOf('sovereignty');
    expect(snap(text, sov + 2, sov + 13)).toBe('sovereignty—and');
    expect(snap(text, sov + 2, sov + 5)).toBe('sovereignty');
  });
  it('drops white space at the ends and keeps punctuation the user took', () => {
    const at = text.indexOf(' plan.');
    expect(snap(text, at, at + 6)).toBe('plan.');
    expect(snap(text, at, at + 1)).toBeNull();
  });
  it('accepts a selection made backwards', () => {
    const at = text.indexOf('aid');
    expect(snap(text, at + 2, at + 1)).toBe('aid');
  });
  it('never splits a combining mark or a surrogate pair', () => {
    const decomposed = 'the Turkish firm TUSAS\u0327 said 😀x';
    const at = decomposed.indexOf('TUSAS');
    expect(snap(decomposed, at, at + 5)).toBe('TUSAS\u0327');
    const emoji = decomposed.indexOf('😀');
    const span = snapToWords(decomposed, { start: emoji + 1, end: emoji + 2 })!;
    expect(span.start).toBe(emoji);
    expect(span.end).toBe(emoji + 2);
  });
});

describe('folding names for matching', () => {
  it('ignores case, diacritics, curly apostrophes and extra space', () => {
    expect(foldForMatch('  TÜRKİYE ’s  Ministry ')).toBe("turkiye 's ministry");
    expect(foldForMatch('TUSAŞ')).toBe('tusas');
  });
});
