import type { Ref } from 'react';

export interface TooltipContent {
  title: string;
  detail?: string;
}

/**
 * A small hover/focus tip. It repeats what the element's accessible name already says,
 * so it is hidden from assistive technology; the map positions it (see StanceMap).
 */
export function MapTooltip({
  content,
  ref,
}: {
  content: TooltipContent | null;
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} className="map__tooltip" aria-hidden="true" hidden={!content}>
      {content && (
        <>
          <span className="map__tooltip-title">{content.title}</span>
          {content.detail && <span className="map__tooltip-detail">{content.detail}</span>}
        </>
      )}
    </div>
  );
}
