/** A long source is drawn a window at a time around the quote, verbatim within it. */
import {
  paragraphsInWindow,
  readerWindow,
  segmentText,
  splitParagraphs,
  widenWindow,
} from '../../../src/panel/segments';

const text = `${'Ministers met today.\n'.repeat(200_000)}The quote is here.${' And more.'.repeat(100_000)}`;
const quote = { start: text.indexOf('The quote'), end: text.indexOf('The quote') + 18 };

describe('the reader window', () => {
  it('centres on the quote, keeps it whole and cuts only at spaces', () => {
    const { from, to } = readerWindow(text, quote);
    expect(to - from).toBeLessThan(51_000);
    expect(from).toBeLessThanOrEqual(quote.start);
    expect(to).toBeGreaterThanOrEqual(quote.end);
    expect(/\s/.test(text[from - 1]!)).toBe(true);
    expect(/\s/.test(text[to]!)).toBe(true);
  });

  it('draws only the window, its text verbatim, and opens a 5 MB text fast', () => {
    const t0 = performance.now();
    const paragraphs = splitParagraphs(
      segmentText(text, [{ stanceId: 's', evidence: 0, ...quote }]),
    );
    const { from, to } = readerWindow(text, quote);
    const shown = paragraphsInWindow(paragraphs, from, to);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(shown.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(
      text.slice(from, to),
    );
  });

  it('widens by a window on either side', () => {
    const first = readerWindow(text, quote);
    const wider = widenWindow(text, first, 'before');
    expect(wider.to).toBe(first.to);
    expect(first.from - wider.from).toBeGreaterThan(49_000);
    expect(readerWindow('short text', null)).toEqual({ from: 0, to: 10 });
  });
});
