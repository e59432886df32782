/**
 * Cut a document into segments at every span boundary, so overlapping evidence spans
 * can be drawn and clicked. Pure. Verbatim by construction: the segments' texts,
 * concatenated in order, are the document text exactly.
 */
import type { Dataset } from '../data/schema';

export interface Span {
  stanceId: string;
  /** Index of the evidence within its stance. */
  evidence: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The spans covering this segment, in the order given (usually dataset order). */
  spans: Span[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Every evidence span of the dataset that points into one document. */
export function spansInDocument(dataset: Dataset, documentId: string): Span[] {
  const spans: Span[] = [];
  for (const stance of dataset.stances) {
    stance.evidence.forEach((evidence, i) => {
      if (evidence.document === documentId)
        spans.push({ stanceId: stance.id, evidence: i, start: evidence.start, end: evidence.end });
    });
  }
  return spans;
}

/**
 * Segments covering the whole text, split wherever a span starts or ends. Spans outside
 * the text are clipped to it; empty spans are ignored.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const length = text.length;
  const clipped = spans
    .map((span) => ({
      span,
      start: Math.max(0, Math.min(span.start, length)),
      end: Math.max(0, Math.min(span.end, length)),
    }))
    .filter((item) => item.end > item.start);
  const cuts = new Set<number>([0, length]);
  for (const item of clipped) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      spans: clipped
        .filter((item) => item.start <= start && item.end >= end)
        .map((item) => item.span),
    });
  }
  return segments;
}

/**
 * Group segments into paragraphs at line breaks. The line break characters themselves
 * belong to no paragraph: joining the paragraphs' texts with "\n" gives the text back.
 */
export function splitParagraphs(segments: readonly Segment[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  const open = (at: number): Paragraph => {
    const paragraph: Paragraph = { start: at, end: at, segments: [] };
    paragraphs.push(paragraph);
    return paragraph;
  };
  for (const segment of segments) {
    let offset = segment.start;
    const pieces = segment.text.split('\n');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i > 0) {
        offset += 1;
        current = open(offset);
      }
      current ??= open(offset);
      if (piece) {
        current.segments.push({
          ...segment,
          start: offset,
          end: offset + piece.length,
          text: piece,
        });
        offset += piece.length;
      }
      current.end = offset;
    }
  }
  return paragraphs;
}

/** The distinct stances covering a segment, in order of first appearance. */
export function stancesOf(segment: Segment): string[] {
  return [...new Set(segment.spans.map((span) => span.stanceId))];
}

export type Run =
  { kind: 'text'; segment: Segment } | { kind: 'current'; start: number; segments: Segment[] };

/**
 * A paragraph's segments with those inside the current span [start, end) gathered into
 * one run, so the current quote can be drawn as one highlight around its pieces.
 */
export function groupRuns(
  segments: readonly Segment[],
  current: { start: number; end: number } | null,
): Run[] {
  const runs: Run[] = [];
  let open: Extract<Run, { kind: 'current' }> | null = null;
  for (const segment of segments) {
    if (current && segment.start >= current.start && segment.end <= current.end) {
      if (!open) {
        open = { kind: 'current', start: segment.start, segments: [] };
        runs.push(open);
      }
      open.segments.push(segment);
    } else {
      open = null;
      runs.push({ kind: 'text', segment });
    }
  }
  return runs;
}

/** Spans on a segment other than the shown one (`except`), one per stance. */
export function otherSpans(
  segment: Segment,
  except: { stanceId: string; evidence: number } | null,
): Span[] {
  const seen = new Set<string>();
  return segment.spans.filter((span) => {
    const isShown = span.stanceId === except?.stanceId && span.evidence === except.evidence;
    if (isShown || seen.has(span.stanceId)) return false;
    seen.add(span.stanceId);
    return true;
  });
}

const paragraphCache = new WeakMap<Dataset, Map<string, Paragraph[]>>();

/** A document of the dataset cut into paragraphs of segments; computed once per document. */
export function documentParagraphs(dataset: Dataset, documentId: string): Paragraph[] {
  let byDocument = paragraphCache.get(dataset);
  if (!byDocument) {
    byDocument = new Map();
    paragraphCache.set(dataset, byDocument);
  }
  let paragraphs = byDocument.get(documentId);
  if (!paragraphs) {
    const text = dataset.documents.find((doc) => doc.id === documentId)?.text ?? '';
    paragraphs = splitParagraphs(segmentText(text, spansInDocument(dataset, documentId)));
    byDocument.set(documentId, paragraphs);
  }
  return paragraphs;
}

/** How much text the reader draws at once around the quote: a 20 MB source opens at once. */
export const READER_WINDOW = 50_000;

/** The window of text to draw, `size` characters centred on `around`, edges moved to a space. */
export function readerWindow(
  text: string,
  around: { start: number; end: number } | null,
  size = READER_WINDOW,
): { from: number; to: number } {
  if (text.length <= size) return { from: 0, to: text.length };
  const centre = around ? Math.floor((around.start + around.end) / 2) : 0;
  let from = Math.max(0, Math.min(centre - size / 2, text.length - size));
  let to = Math.min(text.length, from + size);
  // Never keep the quote out, never cut a word (or a character) at an edge.
  if (around) {
    from = Math.min(from, around.start);
    to = Math.max(to, around.end);
  }
  return { from: atSpace(text, from, -1), to: atSpace(text, to, 1) };
}

/** The nearest whitespace at or beyond `at` in `direction`, within 200 characters. */
function atSpace(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  for (let i = 0; i < 200; i++) {
    const position = at + i * direction;
    if (position <= 0 || position >= text.length)
      return Math.max(0, Math.min(position, text.length));
    if (/\s/.test(text[position]!)) return direction === 1 ? position : position + 1;
  }
  return at;
}

/** The paragraphs overlapping [from, to), their segments clipped to it. */
export function paragraphsInWindow(
  paragraphs: readonly Paragraph[],
  from: number,
  to: number,
): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.end < from || paragraph.start >= to) continue;
    const segments: Segment[] = [];
    for (const segment of paragraph.segments) {
      if (segment.end <= from || segment.start >= to) continue;
      const start = Math.max(from, segment.start);
      const end = Math.min(to, segment.end);
      segments.push(
        start === segment.start && end === segment.end
          ? segment
          : {
              ...segment,
              start,
              end,
              text: segment.text.slice(start - segment.start, end - segment.start),
            },
      );
    }
    out.push({
      start: Math.max(from, paragraph.start),
      end: Math.min(to, paragraph.end),
      segments,
    });
  }
  return out;
}

/** The window grown by `size` characters on one side, its new edge at a space. */
export function widenWindow(
  text: string,
  shown: { from: number; to: number },
  side: 'before' | 'after',
  size = READER_WINDOW,
): { from: number; to: number } {
  return side === 'before'
    ? { from: atSpace(text, Math.max(0, shown.from - size), -1), to: shown.to }
    : { from: shown.from, to: atSpace(text, Math.min(text.length, shown.to + size), 1) };
}
