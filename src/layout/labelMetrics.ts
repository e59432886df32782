/**
 * How much room a node and its label take, estimated without a DOM so the layout can
 * keep labels apart and stay pure. The map draws labels with the same constants.
 */

export const LABEL_FONT_SIZE = 12.5;
export const LABEL_LINE_HEIGHT = 14.5;
/** Gap between the bottom of a glyph (with its role ring) and the first label baseline box. */
export const LABEL_GAP = 6;
/** Lines longer than this wrap at spaces; a label takes at most three lines. */
export const LABEL_MAX_CHARS = 18;
const MAX_LINES = 3;
/** Room kept around each box so neighbours never touch; wider sideways so two labels
 * side by side never read as one ("Northern Syria West Bank"). */
const BOX_PADDING = 4;
const BOX_SIDE_PADDING = 9;
/** The role ring is drawn this far outside the glyph. */
export const ROLE_RING_OFFSET = 4;

// Approximate advance widths (in em) of a system UI sans-serif. Good to a few percent,
// and the layout keeps a margin, so no text measurement is needed.
const NARROW = new Set("iljtfr.,:;'’|!I()[] ");
const WIDE = new Set('mwMWO@%&QGDHNU');

export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.28;
    else if (NARROW.has(char)) em += 0.3;
    else if (WIDE.has(char)) em += 0.82;
    else if (char >= 'A' && char <= 'Z') em += 0.66;
    else em += 0.54;
  }
  return em * fontSize * 1.06;
}

/**
 * Split a label into at most three balanced lines of about LABEL_MAX_CHARS characters,
 * breaking only at spaces. "Terrorist groups operating in Syria" → two lines.
 */
export function labelLines(label: string, maxChars = LABEL_MAX_CHARS): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [''];
  if (label.length <= maxChars || words.length === 1) return [words.join(' ')];
  for (let lines = 2; lines <= MAX_LINES; lines++) {
    const split = balancedSplit(words, lines);
    if (split.every((line) => line.length <= maxChars) || lines === MAX_LINES) return split;
  }
  return [words.join(' ')];
}

/** The split of words into `count` lines that minimises the longest line. */
function balancedSplit(words: string[], count: number): string[] {
  let best: string[] = [words.join(' ')];
  let bestLongest = Infinity;
  const recurse = (start: number, remaining: number, acc: string[]) => {
    if (remaining === 1) {
      const lines = [...acc, words.slice(start).join(' ')];
      const longest = Math.max(...lines.map((line) => line.length));
      if (longest < bestLongest) {
        bestLongest = longest;
        best = lines;
      }
      return;
    }
    for (let end = start + 1; end <= words.length - remaining + 1; end++) {
      recurse(end, remaining - 1, [...acc, words.slice(start, end).join(' ')]);
    }
  };
  if (words.length < count) return words;
  recurse(0, count, []);
  return best;
}

/** A node with its label, as an axis-aligned box relative to the node's centre. */
export interface NodeBox {
  /** Half the box's width. */
  halfWidth: number;
  /** Extent above the centre. */
  top: number;
  /** Extent below the centre (glyph, gap and label lines). */
  bottom: number;
}

export function nodeBox(radius: number, label: string): NodeBox {
  const lines = labelLines(label);
  const labelWidth = Math.max(...lines.map((line) => estimateTextWidth(line)));
  const ring = radius + ROLE_RING_OFFSET;
  return {
    halfWidth: Math.max(ring, labelWidth / 2) + BOX_SIDE_PADDING,
    top: ring + BOX_PADDING,
    bottom: ring + LABEL_GAP + lines.length * LABEL_LINE_HEIGHT + BOX_PADDING,
  };
}
