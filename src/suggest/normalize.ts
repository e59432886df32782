/**
 * Case and diacritics folding that keeps every UTF-16 index in place, so a match in
 * the folded text is a match at the same offsets in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += ch.toLowerCase();
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += ch; // half of an astral character: leave it
      continue;
    }
    const lower = ch.toLowerCase();
    const base = (lower.length === 1 ? lower : ch).normalize('NFD')[0] ?? ch;
    out += base.length === 1 ? base : ch;
  }
  // Typographic apostrophes read as plain ones for matching ("Syria’s" = "Syria's").
  return out.replace(/[’‘]/g, "'");
}

const STOP = new Set(
  'a an the of and or to in on at by for with from as its their his her our this that these those all any some which who is are was were be been has have had will would can could into over under about between against toward towards regarding upon within without during after before'.split(
    ' ',
  ),
);

/** Content words of a phrase, lightly stemmed, for fuzzy name and topic matching. */
export function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\d]+/gu) ?? [])
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map(stem);
}

export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ing|ed)$/.test(word)) return word.replace(/(?:ing|ed)$/, '');
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) return word.slice(0, -1);
  return word;
}
