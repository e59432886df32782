/**
 * Attribution, for spans coded by hand and for suggestions alike. A statement,
 * communiqué or declaration is all its own words (direct). In a report, words inside
 * “…”, "…", «…» or „…“ are the communiqué's own (direct); words outside are the
 * reporter's (reported). Nested quotes (‘…’ or "…" inside “…”) stay inside. A span that
 * runs across a closing mark is partly both: it is proposed as reported, and the reason
 * says why.
 */
import type { Attribution } from '../data/vocabulary';
import type { Span } from './text';

export interface AttributionGuess {
  attribution: Attribution;
  /** Why, in a few words, for the form to show next to the choice. */
  reason: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Walks the quotation marks of text[from, upTo), calling `onMark` with each mark's offset
 * and how many quotations are open before and after it. Straight quotes open or close by
 * context; ’ between letters is an apostrophe ("Syria’s"), not a closing mark.
 */
function scanQuotationMarks(
  text: string,
  from: number,
  upTo: number,
  onMark: (offset: number, openBefore: number, openAfter: number) => void,
): void {
  const open: string[] = [];
  for (let i = from; i < upTo; i++) {
    const char = text.charAt(i);
    const before = open.length;
    if (char === '“' && open.at(-1) === '„') {
      // German style: „…“ closes with the mark English opens with.
      open.pop();
    } else if (char === '“' || char === '«' || char === '„') {
      open.push(char);
    } else if (char === '”' || char === '»') {
      const at = open.lastIndexOf(char === '»' ? '«' : open.includes('„') ? '„' : '“');
      const index = at >= 0 ? at : open.lastIndexOf('“');
      if (index >= 0) open.length = index;
    } else if (char === '"') {
      // Straight quotes cannot say which way they face: one closes the open one, if any.
      const top = open.lastIndexOf('"');
      if (top >= 0) open.length = top;
      else open.push('"');
    } else if (char === '‘' && !LETTER.test(text.charAt(i - 1))) {
      open.push('‘');
    } else if (
      char === '’' &&
      !(LETTER.test(text.charAt(i - 1)) && LETTER.test(text.charAt(i + 1)))
    ) {
      const top = open.lastIndexOf('‘');
      if (top < 0) continue;
      open.length = top;
    } else continue;
    onMark(i, before, open.length);
  }
}

/**
 * How deep in quotation marks each character of the text is (0 = the reporter's words);
 * quotation marks themselves get -1.
 */
function quoteDepths(text: string, upTo = text.length): Int8Array {
  const depths = new Int8Array(upTo);
  let depth = 0;
  let next = 0;
  scanQuotationMarks(text, 0, upTo, (offset, _before, after) => {
    depths.fill(depth, next, offset);
    depths[offset] = -1;
    depth = after;
    next = offset + 1;
  });
  depths.fill(depth, next, upTo);
  return depths;
}

/**
 * The outermost quotations in text[from, to), each from after its opening mark to before
 * its closing one; one still open at `to` runs to `to` (reports often close it in the next
 * paragraph). The same marks as `attributionFor`; it reads from the start of the text,
 * so a quotation left open there runs on into the next paragraphs.
 */
export function quotations(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = -1;
  scanQuotationMarks(text, from, to, (offset, before, after) => {
    if (before === 0 && after > 0) start = offset + 1;
    else if (before > 0 && after === 0) {
      spans.push({ start, end: offset });
      start = -1;
    }
  });
  if (start >= 0) spans.push({ start, end: to });
  return spans;
}

/** Why an attribution was proposed, as the forms show it. */
export const ATTRIBUTION_REASONS = {
  ownWords: 'the document is a statement: its own words',
  inside: 'inside quotation marks: the communiqué’s words',
  outside: 'outside quotation marks: the reporter’s words',
} as const;

/**
 * A statement, communiqué or declaration speaks in its own words: every quote of it is
 * direct, whatever quotation marks it contains (see docs/coding.md).
 */
export function speaksForItself(documentKind: string): boolean {
  return /statement|communiqu|declaration/.test(documentKind);
}

/**
 * Direct when the document speaks for itself, or when every word of the span is inside
 * quotation marks; else reported.
 */
export function attributionFor(
  document: { text: string; kind: string },
  span: Span,
): AttributionGuess {
  if (speaksForItself(document.kind))
    return { attribution: 'direct', reason: ATTRIBUTION_REASONS.ownWords };
  const { text } = document;
  const depths = quoteDepths(text, span.end);
  let inside = 0;
  let outside = 0;
  let crossedAt = -1;
  let previous = -2;
  for (let i = span.start; i < span.end; i++) {
    const depth = depths[i]!;
    if (depth < 0 || /\s/u.test(text.charAt(i))) {
      if (depth < 0 && previous > 0 && crossedAt < 0) crossedAt = i;
      continue;
    }
    if (depth > 0) inside++;
    else outside++;
    previous = depth;
  }
  if (inside > 0 && outside === 0)
    return { attribution: 'direct', reason: ATTRIBUTION_REASONS.inside };
  if (inside > 0)
    return {
      attribution: 'reported',
      reason:
        crossedAt >= 0
          ? `runs past the closing quotation mark at ${crossedAt}: partly the reporter’s words`
          : 'partly outside quotation marks: partly the reporter’s words',
    };
  return { attribution: 'reported', reason: ATTRIBUTION_REASONS.outside };
}
