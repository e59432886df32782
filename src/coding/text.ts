/**
 * Text helpers for coding: snapping a selection to whole words, and matching names
 * ignoring case and diacritics. Offsets are UTF-16 code units, as in the dataset.
 */

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Join two word characters into one word: apostrophes and hyphens ("Syria’s", "cross-border"). */
const JOINER = /^['’\u2010\u2011-]$/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (isLowSurrogate(low) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2)))
    return text.slice(index - 2, index);
  return text.charAt(index - 1);
}

/** The code point that starts at `index`. */
function charAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const high = text.charCodeAt(index);
  if (isHighSurrogate(high) && isLowSurrogate(text.charCodeAt(index + 1)))
    return text.slice(index, index + 2);
  return text.charAt(index);
}

const isWord = (char: string) => char !== '' && WORD.test(char);

/** Is `index` inside a word: a word character on both sides, or a joiner between two? */
function insideWord(text: string, index: number): boolean {
  const before = charBefore(text, index);
  const after = charAt(text, index);
  if (isWord(before) && isWord(after)) return true;
  if (isWord(before) && JOINER.test(after)) return isWord(charAt(text, index + after.length));
  if (JOINER.test(before) && isWord(after)) return isWord(charBefore(text, index - before.length));
  return false;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Snap a selection to whole words: white space at either end is dropped, and an end that
 * falls inside a word (apostrophes and hyphens join words; dashes — and – do not) moves
 * out to the word's edge. Punctuation the user selected stays. Ends never split a
 * surrogate pair or a base letter from its combining marks. Returns null for a selection
 * of nothing but white space.
 */
export function snapToWords(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span.start, span.end, text.length));
  let end = Math.min(text.length, Math.max(span.start, span.end));
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (start >= end) return null;
  while (start > 0 && insideWord(text, start)) start -= charBefore(text, start).length;
  while (end < text.length && insideWord(text, end)) end += charAt(text, end).length;
  // Grapheme boundaries: never split a pair or leave a combining mark behind.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  while (end < text.length && /\p{M}/u.test(charAt(text, end))) end += charAt(text, end).length;
  while (start > 0 && /\p{M}/u.test(charAt(text, start))) start -= charBefore(text, start).length;
  return { start, end };
}

/** Lower case, no diacritics, curly apostrophes straight, runs of space as one. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The text folded as foldForMatch does, with a map from each folded index back to the
 * original UTF-16 index, so matches found in the folded text have their real offsets.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = charAt(text, i);
    let piece = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
    if (/\s/u.test(piece)) piece = ' ';
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      origin.push(i);
    }
    i += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}
