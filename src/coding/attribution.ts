/**
 * Attribution from quotation marks: words inside “…” or "…" in a report are the
 * communiqué's own (direct); words outside are the reporter's (reported). Nested quotes
 * (‘…’ or "…" inside “…”) stay inside. A span that runs across a closing mark is partly
 * both: it is proposed as reported, and the reason says why.
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
 * How deep in quotation marks each character of the text is (0 = the reporter's words);
 * quotation marks themselves get -1. Straight quotes open or close by context; ’ between
 * letters is an apostrophe ("Syria’s"), not a closing mark.
 */
export function quoteDepths(text: string, upTo = text.length): Int8Array {
  const depths = new Int8Array(upTo);
  const open: string[] = [];
  for (let i = 0; i < upTo; i++) {
    const char = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    let mark = false;
    if (char === '“' || char === '«' || char === '„') {
      open.push(char);
      mark = true;
    } else if (char === '”' || char === '»') {
      const at = open.lastIndexOf(char === '»' ? '«' : open.includes('„') ? '„' : '“');
      const index = at >= 0 ? at : open.lastIndexOf('“');
      if (index >= 0) open.length = index;
      mark = true;
    } else if (char === '"') {
      // Straight quotes cannot say which way they face: one closes the open one, if any.
      const top = open.lastIndexOf('"');
      if (top >= 0) open.length = top;
      else open.push('"');
      mark = true;
    } else if (char === '‘' && !LETTER.test(before)) {
      open.push('‘');
      mark = true;
    } else if (char === '’' && !(LETTER.test(before) && LETTER.test(after))) {
      const top = open.lastIndexOf('‘');
      if (top >= 0) {
        open.length = top;
        mark = true;
      }
    }
    depths[i] = mark ? -1 : open.length;
  }
  return depths;
}

/** Direct when every word of the span is inside quotation marks, else reported. */
export function attributionFor(text: string, span: Span): AttributionGuess {
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
    return { attribution: 'direct', reason: 'inside quotation marks: the communiqué’s words' };
  if (inside > 0)
    return {
      attribution: 'reported',
      reason:
        crossedAt >= 0
          ? `runs past the closing quotation mark at ${crossedAt}: partly the reporter’s words`
          : 'partly outside quotation marks: partly the reporter’s words',
    };
  return { attribution: 'reported', reason: 'outside quotation marks: the reporter’s words' };
}
