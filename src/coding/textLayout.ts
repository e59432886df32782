/**
 * How the Code view lays out a source text: blocks (one per line, long lines cut at a
 * space so no block is huge; a 1 MB text stays quick to select in), each cut into
 * segments where a coded span, the selection or the caret starts or ends. Offsets are
 * the dataset's (UTF-16); the DOM carries them in data-o / data-end, so a selection made
 * with the mouse maps back to exact offsets whatever the marks around it.
 */
import type { Polarity } from '../data/vocabulary';
import type { Span } from './text';

export interface TextBlock {
  start: number;
  end: number;
  /** Continues the line of the block before (a long line cut in pieces). */
  continued: boolean;
}

export const MAX_BLOCK = 3000;

export function blocksOf(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let continued = false;
    while (lineEnd - start > MAX_BLOCK) {
      let cut = text.lastIndexOf(' ', start + MAX_BLOCK);
      if (cut <= start) cut = start + MAX_BLOCK;
      else cut += 1;
      // Never between the halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
      blocks.push({ start, end: cut, continued });
      start = cut;
      continued = true;
    }
    blocks.push({ start, end: lineEnd, continued });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return blocks;
}

export interface CodedSpan extends Span {
  stanceId: string;
  evidenceIndex: number;
  polarity: Polarity;
}

export interface Segment {
  start: number;
  end: number;
  /** Stances whose quotes cover this stretch. */
  stances: string[];
  polarity: Polarity | 'mixed' | null;
  selected: boolean;
  /** Highlighted for a moment (a stance picked in the list), or an actor's name shown. */
  flagged: boolean;
  /** The last segment of a run backed by the same stances: where their count is shown. */
  runEnd: boolean;
  /** Inside a suggested stance's span; `proposedStart` where one begins. */
  proposed?: boolean;
  proposedStart?: boolean;
}

/** The segments of one block. `spans` need only be those overlapping it. */
export function segmentsOf(
  block: TextBlock,
  spans: readonly CodedSpan[],
  selection: Span | null,
  flagged: readonly Span[] = [],
  caret: number | null = null,
  proposed: readonly Span[] = [],
): Segment[] {
  const cuts = new Set<number>([block.start, block.end]);
  const inside = (at: number) => at > block.start && at < block.end;
  if (caret !== null && inside(caret)) cuts.add(caret);
  for (const span of spans) {
    if (inside(span.start)) cuts.add(span.start);
    if (inside(span.end)) cuts.add(span.end);
  }
  for (const span of selection ? [selection, ...flagged, ...proposed] : [...flagged, ...proposed]) {
    if (inside(span.start)) cuts.add(span.start);
    if (inside(span.end)) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((span) => span.start < end && span.end > start);
    const stances = [...new Set(covering.map((span) => span.stanceId))];
    const polarities = new Set(covering.map((span) => span.polarity));
    segments.push({
      start,
      end,
      stances,
      polarity:
        polarities.size === 0 ? null : polarities.size === 1 ? [...polarities][0]! : 'mixed',
      selected: !!selection && selection.start < end && selection.end > start,
      flagged: flagged.some((span) => span.start < end && span.end > start),
      runEnd: true,
      ...(proposed.length && {
        proposed: proposed.some((span) => span.start < end && span.end > start),
        proposedStart: proposed.some((span) => span.start === start),
      }),
    });
  }
  // A selection or a flag cuts a coded run in pieces; its count belongs at its end only.
  for (let i = 0; i < segments.length - 1; i++) {
    const here = segments[i]!.stances;
    const next = segments[i + 1]!.stances;
    if (here.length && here.length === next.length && here.every((id, k) => id === next[k]))
      segments[i]!.runEnd = false;
  }
  if (segments.length === 0)
    segments.push({
      start: block.start,
      end: block.end,
      stances: [],
      polarity: null,
      selected: false,
      flagged: false,
      runEnd: true,
    });
  return segments;
}

/** The blocks a span touches (binary search: blocks are in text order). */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The text offset of a DOM point (a selection's anchor or focus) inside the rendered
 * text: text nodes sit in elements carrying data-o (their start); elements carry data-o
 * and data-end. Null outside the text.
 */
export function offsetOfPoint(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const holder = node.parentElement?.closest('[data-o]');
    if (!holder || !root.contains(holder)) return null;
    return Number(holder.getAttribute('data-o')) + offset;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child) {
    const holder =
      child.nodeType === 1
        ? (child as Element).hasAttribute('data-o')
          ? (child as Element)
          : (child as Element).querySelector('[data-o]')
        : child.parentElement?.closest('[data-o]');
    if (holder) return Number(holder.getAttribute('data-o'));
  }
  const own = element.closest('[data-end]');
  if (own && root.contains(own) && own !== root) return Number(own.getAttribute('data-end'));
  const holders = element.querySelectorAll('[data-end]');
  const last = holders[holders.length - 1];
  return last ? Number(last.getAttribute('data-end')) : null;
}
