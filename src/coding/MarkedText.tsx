/**
 * The source text as it will be stored, with coded spans marked by polarity (underline
 * style as well as colour; a count where a span backs several stances), a caret moved by
 * the keyboard (Shift extends) and selection by mouse; both snap to words upstream.
 * Blocks are memoised and skip layout off screen, so a 1 MB text stays smooth.
 */
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SourceDocument } from '../data/schema';
import type { Span } from './text';
import {
  blockIndexAt,
  blocksOf,
  offsetOfPoint,
  segmentsOf,
  type CodedSpan,
  type TextBlock,
} from './textLayout';

export interface TextSelection {
  anchor: number;
  focus: number;
}

export interface MarkedTextProps {
  document: SourceDocument;
  spans: readonly CodedSpan[];
  selection: TextSelection | null;
  /** The selection as it will be quoted (snapped to words). */
  snapped: Span | null;
  flagged: readonly Span[];
  onSelectionChange(selection: TextSelection): void;
  onOpenStances(stanceIds: string[], at: number): void;
  /** Bring this offset into view when `nonce` changes. */
  scrollTarget: { offset: number; nonce: number } | null;
  describedBy?: string;
  /** Spans of suggested stances, marked apart from coded ones (see suggestions.ts). */
  proposed?: readonly Span[];
}

const NO_SPANS: readonly CodedSpan[] = [];
const NO_FLAGS: readonly Span[] = [];

const WORD = /[\p{L}\p{N}]/u;

function nextWordEdge(text: string, from: number, direction: 1 | -1): number {
  let at = from;
  if (direction > 0) {
    while (at < text.length && !WORD.test(text.charAt(at))) at++;
    while (at < text.length && WORD.test(text.charAt(at))) at++;
  } else {
    while (at > 0 && !WORD.test(text.charAt(at - 1))) at--;
    while (at > 0 && WORD.test(text.charAt(at - 1))) at--;
  }
  return at;
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/** A block renders again only when what it shows changed (spans are kept per evidence). */
const Block = memo(
  function Block({
    text,
    block,
    spans,
    selection,
    flagged,
    caret,
    proposed,
  }: {
    text: string;
    block: TextBlock;
    spans: readonly CodedSpan[];
    selection: Span | null;
    flagged: readonly Span[];
    caret: number | null;
    proposed: readonly Span[];
  }) {
    const segments = segmentsOf(block, spans, selection, flagged, caret, proposed);
    const caretMark = <span className="code-text__caret" aria-hidden="true" />;
    return (
      <div
        className={`code-text__block${block.continued ? ' code-text__block--continued' : ''}`}
        data-o={block.start}
        data-end={block.end}
      >
        {block.start === block.end ? (
          <>
            {caret !== null && caretMark}
            <br />
          </>
        ) : (
          segments.map((segment) => {
            const words = text.slice(segment.start, segment.end);
            const classes = [
              segment.selected && 'is-selected',
              segment.flagged && 'is-flagged',
              segment.proposed && 'is-proposed',
              segment.proposedStart && 'is-proposed-start',
            ].filter(Boolean);
            const before = caret === segment.start ? caretMark : null;
            const after = caret === block.end && segment.end === block.end ? caretMark : null;
            if (segment.stances.length === 0)
              return (
                <span key={segment.start} data-o={segment.start} data-end={segment.end}>
                  {before}
                  <span
                    className={classes.join(' ') || undefined}
                    data-o={segment.start}
                    data-end={segment.end}
                  >
                    {words}
                  </span>
                  {after}
                </span>
              );
            return (
              <span key={segment.start} data-o={segment.start} data-end={segment.end}>
                {before}
                <mark
                  className={['code-mark', `code-mark--${segment.polarity}`, ...classes].join(' ')}
                  data-o={segment.start}
                  data-end={segment.end}
                  data-stances={segment.stances.join(' ')}
                  data-count={
                    segment.stances.length > 1 && segment.runEnd
                      ? segment.stances.length
                      : undefined
                  }
                >
                  {words}
                </mark>
                {after}
              </span>
            );
          })
        )}
      </div>
    );
  },
  (before, after) =>
    before.text === after.text &&
    before.block === after.block &&
    before.caret === after.caret &&
    (before.selection === after.selection ||
      (before.selection?.start === after.selection?.start &&
        before.selection?.end === after.selection?.end)) &&
    sameItems(before.spans, after.spans) &&
    sameItems(before.flagged, after.flagged) &&
    sameItems(before.proposed, after.proposed),
);

/** Each span under every block it touches: a span across a line break marks both lines. */
function byBlock<T extends { start: number; end: number }>(
  blocks: readonly TextBlock[],
  spans: readonly T[],
): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const span of spans) {
    const first = blockIndexAt(blocks, span.start);
    const last = blockIndexAt(blocks, Math.max(span.start, span.end - 1));
    for (let i = first; i <= last; i++) {
      const list = map.get(i);
      if (list) list.push(span);
      else map.set(i, [span]);
    }
  }
  return map;
}

export function MarkedText({
  document,
  spans,
  selection,
  snapped,
  flagged,
  onSelectionChange,
  onOpenStances,
  scrollTarget,
  describedBy,
  proposed = NO_FLAGS,
}: MarkedTextProps) {
  const { text } = document;
  const root = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => blocksOf(text), [text]);
  const spansByBlock = useMemo(() => byBlock(blocks, spans), [blocks, spans]);
  const flagsByBlock = useMemo(() => byBlock(blocks, flagged), [blocks, flagged]);
  const proposedByBlock = useMemo(() => byBlock(blocks, proposed), [blocks, proposed]);
  const caret = selection ? selection.focus : null;

  useEffect(() => {
    if (!scrollTarget || !root.current) return;
    const block = blocks[blockIndexAt(blocks, scrollTarget.offset)];
    const element = block && root.current.querySelector(`[data-o="${block.start}"]`);
    element?.scrollIntoView({ block: 'center' });
  }, [scrollTarget, blocks]);

  const stancesAt = (offset: number) => {
    const ids = new Set<string>();
    for (const span of spansByBlock.get(blockIndexAt(blocks, offset)) ?? NO_SPANS)
      if (span.start <= offset && offset < span.end) ids.add(span.stanceId);
    return [...ids];
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const focus = selection?.focus ?? 0;
    const anchor = selection?.anchor ?? focus;
    const blockIndex = blockIndexAt(blocks, focus);
    const block = blocks[blockIndex]!;
    let next: number | null = null;
    const byWord = event.ctrlKey || event.altKey || event.metaKey;
    switch (event.key) {
      case 'ArrowRight':
        next = byWord ? nextWordEdge(text, focus, 1) : Math.min(text.length, focus + 1);
        break;
      case 'ArrowLeft':
        next = byWord ? nextWordEdge(text, focus, -1) : Math.max(0, focus - 1);
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const target = blocks[blockIndex + (event.key === 'ArrowDown' ? 1 : -1)];
        next = target ? Math.min(target.end, target.start + (focus - block.start)) : focus;
        break;
      }
      case 'Home':
        next = event.ctrlKey ? 0 : block.start;
        break;
      case 'End':
        next = event.ctrlKey ? text.length : block.end;
        break;
      case 'Escape':
        if (selection && selection.anchor !== selection.focus) {
          onSelectionChange({ anchor: focus, focus });
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      case 'Enter': {
        const ids = stancesAt(focus);
        if (ids.length) {
          event.preventDefault();
          onOpenStances(ids, focus);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    onSelectionChange({ anchor: event.shiftKey ? anchor : next, focus: next });
  };

  const onMouseUp = () => {
    const element = root.current;
    const native = window.getSelection();
    if (!element || !native || native.rangeCount === 0 || !native.anchorNode || !native.focusNode)
      return;
    const anchor = offsetOfPoint(element, native.anchorNode, native.anchorOffset);
    const focus = offsetOfPoint(element, native.focusNode, native.focusOffset);
    if (anchor === null || focus === null) return;
    element.focus({ preventScroll: true });
    if (anchor === focus) {
      onSelectionChange({ anchor, focus });
      const ids = stancesAt(focus);
      if (ids.length) onOpenStances(ids, focus);
      return;
    }
    native.removeAllRanges();
    onSelectionChange({ anchor, focus });
  };

  return (
    <div
      ref={root}
      className="code-text"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={`Source text: ${document.title || 'untitled document'}`}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
      lang={document.language || undefined}
    >
      {blocks.map((block, i) => {
        const inSelection = snapped && snapped.start <= block.end && snapped.end >= block.start;
        return (
          <Block
            key={block.start}
            text={text}
            block={block}
            spans={spansByBlock.get(i) ?? NO_SPANS}
            selection={inSelection ? snapped : null}
            flagged={flagsByBlock.get(i) ?? NO_FLAGS}
            proposed={proposedByBlock.get(i) ?? NO_FLAGS}
            caret={
              caret !== null &&
              caret >= block.start &&
              caret <= block.end &&
              blockIndexAt(blocks, caret) === i
                ? caret
                : null
            }
          />
        );
      })}
    </div>
  );
}
