import { loadAstana22 } from '../../helpers/loadFixture';
import { SMALL_TEXT } from '../../fixtures/small-dataset';
import { sentenceContext, sentenceEnd, sentenceStart } from '../../../src/panel/sentenceContext';

function contextOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  expect(start, `"${quote}" is in the text`).toBeGreaterThanOrEqual(0);
  return sentenceContext(text, start, start + quote.length);
}

describe('sentenceContext', () => {
  it('extends a quote to its sentence and keeps the quote verbatim', () => {
    const c = contextOf(SMALL_TEXT, 'met in Astana');
    expect(c.before).toBe('Ministers ');
    expect(c.quote).toBe('met in Astana');
    expect(c.after).toBe(' on Monday.');
    expect(SMALL_TEXT.slice(c.start, c.end)).toBe(c.before + c.quote + c.after);
  });

  it('does not cross a line break', () => {
    const c = contextOf(SMALL_TEXT, 'Ministers');
    expect(c.after).toBe(' met in Astana on Monday.');
    const d = contextOf(SMALL_TEXT, 'Türkiye alone');
    expect(d.before).toBe('');
  });

  it('keeps em dashes inside the sentence', () => {
    const c = contextOf(SMALL_TEXT, 'Russia');
    expect(c.before).toBe('The guarantors—Türkiye, ');
    expect(c.after).toBe(' and Iran—met with the host.');
  });

  it('starts a sentence that opens a “…” quotation before the quotation mark', () => {
    const c = contextOf(SMALL_TEXT, 'condemned the attacks by Israel in Gaza.');
    expect(c.before).toBe('They said: “(The guarantors) ');
    expect(c.after).toBe('');
  });

  it('ends after a closing quotation mark, and does not stop at "(2006)" or "UN"', () => {
    const c = contextOf(SMALL_TEXT, 'implement Resolution 1701 (2006)');
    expect(c.before).toBe('They called on the UN Security Council to ');
    expect(c.after).toBe('.”');
  });

  it('does not end a sentence at abbreviations and initials (Dr., A., U.N.)', () => {
    const c = contextOf(SMALL_TEXT, 'Smith');
    expect(c.before).toBe('Dr. A. ');
    expect(c.after).toBe(' of the U.N. agreed with the talks.');
  });

  it('does not end a sentence before a lower-case word', () => {
    const text = 'Talks ran approx. three hours. Then they ended.';
    const c = contextOf(text, 'three');
    expect(c.before).toBe('Talks ran approx. ');
    expect(c.after).toBe(' hours.');
  });

  it('handles ! and ? and text edges', () => {
    const text = 'Stop now! Will they agree? They will.';
    expect(contextOf(text, 'they').before).toBe('Will ');
    expect(contextOf(text, 'they').after).toBe(' agree?');
    expect(contextOf(text, 'Stop').after).toBe(' now!');
    expect(contextOf(text, 'will.').before).toBe('They ');
    expect(sentenceStart(text, 0)).toBe(0);
    expect(sentenceEnd(text, text.length)).toBe(text.length);
  });

  it('clips very long sentences at a word boundary and says so', () => {
    const text = `${'word '.repeat(200)}QUOTE ${'more '.repeat(200)}end.`;
    const c = contextOf(text, 'QUOTE', 0);
    expect(c.clippedBefore).toBe(true);
    expect(c.clippedAfter).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(320);
    expect(c.before.startsWith('word')).toBe(true);
    expect(c.after.length).toBeLessThanOrEqual(320);
    expect(text.slice(c.start, c.end)).toBe(c.before + c.quote + c.after);
  });

  describe('on the Astana 22 dataset', () => {
    const dataset = loadAstana22();
    const text = dataset.documents[0]!.text;
    const all = dataset.stances.flatMap((stance) =>
      stance.evidence.map((evidence) => ({ stance, evidence })),
    );

    it.each(all.map(({ stance, evidence }, i) => [`${stance.id} #${i}`, evidence] as const))(
      '%s: context is verbatim, contains the quote and stays in its paragraph',
      (_, evidence) => {
        const c = sentenceContext(text, evidence.start, evidence.end);
        expect(c.quote).toBe(evidence.quote);
        expect(text.slice(c.start, c.end)).toBe(c.before + c.quote + c.after);
        expect(c.before).not.toMatch(/\n/);
        expect(c.after).not.toMatch(/\n/);
        expect(c.before).toBe(c.before.trimStart());
      },
    );

    it('shows the lead-in of a quotation that opens mid-sentence', () => {
      const c = contextOf(
        text,
        '(The guarantor countries) called for an urgent ceasefire in Lebanon',
      );
      expect(c.before).toBe('The communiqué also mentioned that “');
      expect(c.after).toBe(
        ', emphasized the importance of implementing UN Security Council Resolution 1701 (2006), and stressed the necessity of delivering urgent humanitarian assistance to Lebanon, which has suffered large-scale civilian casualties and significant infrastructure destruction.',
      );
    });

    it('keeps the closing quotation mark after a sentence that ends a quotation', () => {
      const c = contextOf(
        text,
        'They expressed serious concerns regarding the intentional targeting',
      );
      expect(c.before).toBe('');
      expect(c.after).toBe(' of UNIFIL by Israeli armed forces.”');
    });
  });
});
