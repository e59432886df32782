import type { PointerEventHandler, Ref } from 'react';

export interface TooltipContent {
  title: string;
  detail?: string;
}

/** What a tip describes and where that is, in the map's coordinates (see MapEngine.screenPoint). */
export interface TipAnchor {
  kind: 'node' | 'link';
  /** An actor's centre, or the middle of a stance link. */
  x: number;
  y: number;
  /** The actor's radius on screen (0 for a link). */
  r: number;
  /** The actor's label sits above its glyph (placeLabels moved it there) rather than below. */
  labelAbove: boolean;
}

interface Size {
  width: number;
  height: number;
}

/** Room between a tip and what it describes. */
const TIP_GAP = 8;
/** Room kept between a tip and the edges of the map. */
const TIP_MARGIN = 4;

/**
 * Where a tip goes (its top-left corner): beside what it describes, never following the
 * pointer, so the pointer can move onto it. An actor's tip sits to its right (left near the
 * right edge), clear of the label: rising from the glyph's bottom when the label is below,
 * hanging from its top when the label is above. A link's tip sits just above its middle
 * (below it near the top edge). Kept inside the map when the map has a size (jsdom has none).
 */
export function tipPosition(
  anchor: TipAnchor,
  tip: Size,
  view: Size,
): { left: number; top: number } {
  const { x, y, r } = anchor;
  const reach = r + TIP_GAP;
  let left = x + reach;
  if (view.width > 0 && left + tip.width > view.width - TIP_MARGIN) left = x - reach - tip.width;
  let top: number;
  if (anchor.kind === 'node') top = anchor.labelAbove ? y - r : y + r - tip.height;
  else {
    top = y - TIP_GAP - tip.height;
    if (top < TIP_MARGIN) top = y + TIP_GAP;
  }
  if (view.width > 0) left = clamp(left, TIP_MARGIN, view.width - TIP_MARGIN - tip.width);
  if (view.height > 0) top = clamp(top, TIP_MARGIN, view.height - TIP_MARGIN - tip.height);
  return { left, top };
}

/** Within [min, max]; min wins when the two cross (a tip larger than the map). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * A small hover/focus tip. It repeats what the element's accessible name already says,
 * so it is hidden from assistive technology; the map positions it (see StanceMap). It
 * takes the pointer, so it can be hovered (WCAG 2.1 SC 1.4.13): the map keeps it up
 * while the pointer is on it.
 */
export function MapTooltip({
  content,
  ref,
  onPointerEnter,
  onPointerLeave,
}: {
  content: TooltipContent | null;
  ref: Ref<HTMLDivElement>;
  onPointerEnter?: PointerEventHandler<HTMLDivElement>;
  onPointerLeave?: PointerEventHandler<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      className="map__tooltip"
      aria-hidden="true"
      hidden={!content}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {content && (
        <>
          <span className="map__tooltip-title">{content.title}</span>
          {content.detail && <span className="map__tooltip-detail">{content.detail}</span>}
        </>
      )}
    </div>
  );
}
