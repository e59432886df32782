import { loadAstana22 } from '../../helpers/loadFixture';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { smallDataset } from '../../fixtures/small-dataset';
import {
  documentParagraphs,
  groupRuns,
  otherSpans,
  segmentText,
  spansInDocument,
  splitParagraphs,
  stancesOf,
  type Span,
} from '../../../src/panel/segments';
import type { Dataset } from '../../../src/data/schema';

const join = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

function checkVerbatim(dataset: Dataset) {
  for (const doc of dataset.documents) {
    const spans = spansInDocument(dataset, doc.id);
    const segments = segmentText(doc.text, spans);
    expect(join(segments)).toBe(doc.text);
    // Segments tile the text: each starts where the last ended.
    segments.forEach((segment, i) => {
      expect(segment.text).toBe(doc.text.slice(segment.start, segment.end));
      expect(segment.start).toBe(i === 0 ? 0 : segments[i - 1]!.end);
    });
    // Each span is exactly the segments that list it.
    for (const span of spans) {
      const covering = segments.filter((segment) => segment.spans.includes(span));
      expect(join(covering)).toBe(doc.text.slice(span.start, span.end));
    }
    const paragraphs = splitParagraphs(segments);
    expect(paragraphs.map((paragraph) => join(paragraph.segments)).join('\n')).toBe(doc.text);
    for (const paragraph of paragraphs) {
      expect(join(paragraph.segments)).toBe(doc.text.slice(paragraph.start, paragraph.end));
    }
  }
}

describe('segmentText', () => {
  it('is verbatim on the small dataset, Astana 22 and a large synthetic corpus', () => {
    checkVerbatim(smallDataset());
    checkVerbatim(loadAstana22());
    checkVerbatim(generateSyntheticDataset({ stances: 300, actors: 40 }));
  });

  it('splits overlapping spans and lists every stance on a shared piece', () => {
    const text = 'abcdefghij';
    const outer: Span = { stanceId: 'outer', evidence: 0, start: 1, end: 8 };
    const inner: Span = { stanceId: 'inner', evidence: 0, start: 3, end: 5 };
    const crossing: Span = { stanceId: 'crossing', evidence: 0, start: 6, end: 10 };
    const segments = segmentText(text, [outer, inner, crossing]);
    expect(segments.map((s) => [s.text, stancesOf(s)])).toEqual([
      ['a', []],
      ['bc', ['outer']],
      ['de', ['outer', 'inner']],
      ['f', ['outer']],
      ['gh', ['outer', 'crossing']],
      ['ij', ['crossing']],
    ]);
  });

  it('clips spans to the text and ignores empty ones', () => {
    const segments = segmentText('hello', [
      { stanceId: 'a', evidence: 0, start: 3, end: 99 },
      { stanceId: 'b', evidence: 0, start: 2, end: 2 },
    ]);
    expect(segments.map((s) => s.text)).toEqual(['hel', 'lo']);
    expect(segmentText('', [])).toEqual([]);
  });

  it('keeps empty paragraphs and leading line breaks', () => {
    const text = '\nfirst\n\nsecond';
    const paragraphs = splitParagraphs(
      segmentText(text, [{ stanceId: 'x', evidence: 0, start: 3, end: 11 }]),
    );
    expect(paragraphs.map((p) => join(p.segments))).toEqual(['', 'first', '', 'second']);
    expect(paragraphs.map((p) => join(p.segments)).join('\n')).toBe(text);
  });
});

describe('groupRuns and otherSpans', () => {
  const dataset = loadAstana22();
  const doc = dataset.documents[0]!;

  it('gathers the current span into one run whose text is the quote', () => {
    for (const stance of dataset.stances) {
      stance.evidence.forEach((evidence) => {
        const paragraphs = documentParagraphs(dataset, doc.id);
        const runs = paragraphs.flatMap((p) => groupRuns(p.segments, evidence));
        const current = runs.filter((run) => run.kind === 'current');
        expect(current).toHaveLength(1);
        expect(current[0]!.kind === 'current' && join(current[0]!.segments)).toBe(evidence.quote);
      });
    }
  });

  it('leaves out the shown span and lists each other stance once', () => {
    const segment = {
      start: 0,
      end: 1,
      text: 'x',
      spans: [
        { stanceId: 'a', evidence: 0, start: 0, end: 1 },
        { stanceId: 'b', evidence: 0, start: 0, end: 1 },
        { stanceId: 'b', evidence: 1, start: 0, end: 1 },
        { stanceId: 'a', evidence: 1, start: 0, end: 1 },
      ],
    };
    expect(otherSpans(segment, { stanceId: 'a', evidence: 0 })).toEqual([
      segment.spans[1],
      segment.spans[3],
    ]);
    expect(otherSpans(segment, null).map((s) => s.stanceId)).toEqual(['a', 'b']);
  });

  it('caches paragraphs per dataset and document', () => {
    expect(documentParagraphs(dataset, doc.id)).toBe(documentParagraphs(dataset, doc.id));
  });
});
