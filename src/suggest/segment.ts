/**
 * Paragraphs and sentences, as offsets into the original text. Quotations come from
 * coding/attribution.ts, so a proposal and a hand-coded span agree on what is quoted.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  index: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\S/.test(m[0])) continue;
    paragraphs.push({ index: paragraphs.length, start: m.index, end: m.index + m[0].length });
  }
  return paragraphs;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.N|U\.K|Inc|Ltd|Co|Art|para|paras)|\b[A-Z])\.$/;

/** Sentences of a paragraph; a leading list number ("3. ") is not a sentence of its own. */
export function splitSentences(text: string, paragraph: Range): Range[] {
  const sentences: Range[] = [];
  let start = paragraph.start;
  const listMarker = /^\s*(?:\(?\d+[.)]|\(?[a-z][.)]|[-•*])\s+/.exec(
    text.slice(start, paragraph.end),
  );
  if (listMarker) start += listMarker[0].length;
  const body = text.slice(0, paragraph.end);
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  re.lastIndex = start;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const end = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    sentences.push({ start, end });
    start = end;
    while (start < paragraph.end && /\s/.test(text[start]!)) start++;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences.filter((s) => /\S/.test(text.slice(s.start, s.end)));
}

export function regionAt(regions: Range[], offset: number): Range | undefined {
  return regions.find((r) => offset >= r.start && offset < r.end);
}
