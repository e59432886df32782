/**
 * The sentence around a quote, so a reader sees the words before and after it and can
 * judge it in context. Pure; offsets are JavaScript string indices as in the dataset.
 *
 * Sentence ends are `.`, `!` or `?` followed by optional closing quotes or brackets,
 * then white space and something that can start a sentence (not a lower-case letter).
 * Abbreviations ("U.N.", "Dr.", initials) do not end a sentence; em dashes, brackets
 * like "(2006)" and a “…” quotation that opens mid-sentence never do. A line break
 * always does: the context never leaves the quote's paragraph.
 */

export interface SentenceContext {
  /** Where the context starts and ends in the text. */
  start: number;
  end: number;
  /** The text before the quote, the quote itself (verbatim) and the text after. */
  before: string;
  quote: string;
  after: string;
  /** True when `before` / `after` were shortened at a word boundary (show an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

const TERMINAL = new Set(['.', '!', '?']);
/** Characters that close a sentence's last word: `.”` or `.)` end the sentence after them. */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'art',
  'para',
  'paras',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'amb',
  'h.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const DEFAULT_MAX_CONTEXT = 320;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2029';
}

/** The word just before a full stop at `dot`, including inner dots ("U.N", "e.g"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "A.", "U.N.", "U.S."
  if (/^\p{Lu}$/u.test(word)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * If a sentence ends at the punctuation mark at `i`, the index just after it (and after
 * any closing quotes or brackets); otherwise -1.
 */
function sentenceEndAt(text: string, i: number): number {
  if (!TERMINAL.has(text[i]!)) return -1;
  if (text[i] === '.' && isAbbreviation(text, i)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j >= text.length) return j;
  if (!isSpace(text[j])) return -1;
  let k = j;
  while (k < text.length && isSpace(text[k])) {
    if (isLineBreak(text[k])) return j;
    k++;
  }
  if (k >= text.length) return j;
  // "approx. the" or "p. 3" aside, a new sentence does not start with a lower-case letter.
  if (/\p{Ll}/u.test(text[k]!)) return -1;
  return j;
}

function clipStart(text: string, from: number, to: number, max: number): [number, boolean] {
  if (to - from <= max) return [from, false];
  let cut = to - max;
  while (cut < to && !isSpace(text[cut - 1])) cut++;
  return [cut < to ? cut : to - max, true];
}

function clipEnd(text: string, from: number, to: number, max: number): [number, boolean] {
  if (to - from <= max) return [to, false];
  let cut = from + max;
  while (cut > from && !isSpace(text[cut])) cut--;
  return [cut > from ? cut : from + max, true];
}

/** Start of the sentence containing `index`, scanning back no further than a line break. */
export function sentenceStart(text: string, index: number): number {
  for (let i = Math.min(index, text.length) - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (isLineBreak(ch)) return i + 1;
    if (TERMINAL.has(ch)) {
      const after = sentenceEndAt(text, i);
      if (after !== -1 && after <= index) {
        let s = after;
        while (s < index && isSpace(text[s])) s++;
        return s;
      }
    }
  }
  return 0;
}

/** End (exclusive) of the sentence that is open at `index`, no further than a line break. */
export function sentenceEnd(text: string, index: number): number {
  for (let i = Math.max(index - 1, 0); i < text.length; i++) {
    const ch = text[i]!;
    if (isLineBreak(ch)) return i >= index ? i : index;
    if (TERMINAL.has(ch)) {
      const after = sentenceEndAt(text, i);
      if (after !== -1 && after >= index) return after;
    }
  }
  return text.length;
}

/**
 * The quote at text[start, end) with the rest of its sentence(s) around it.
 * `maxContext` caps each side (in characters), cutting at a word boundary.
 */
export function sentenceContext(
  text: string,
  start: number,
  end: number,
  maxContext = DEFAULT_MAX_CONTEXT,
): SentenceContext {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const [from, clippedBefore] = clipStart(text, sentenceStart(text, s), s, maxContext);
  let to = sentenceEnd(text, e);
  // A quote that already ends its sentence gets no trailing white space.
  while (to > e && isSpace(text[to - 1])) to--;
  const [clippedTo, clippedAfter] = clipEnd(text, e, to, maxContext);
  return {
    start: from,
    end: clippedTo,
    before: text.slice(from, s),
    quote: text.slice(s, e),
    after: text.slice(e, clippedTo),
    clippedBefore,
    clippedAfter,
  };
}
