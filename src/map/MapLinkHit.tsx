import { memo } from 'react';
import type { GraphLink } from '../graph/buildGraph';

interface MapLinkHitProps {
  link: GraphLink;
  /** Tells apart stances whose sentences read the same (the stance's summary). */
  description?: string;
}

/**
 * A stance link as a control: a wide transparent path that takes the pointer and the
 * keyboard focus, named by the link's sentence. Drawn above the nodes so stances come
 * after actors in the tab order; its stroke shows only as the focus ring. The map keeps
 * `data-state` and `aria-pressed` up to date with the selection (see applyHighlight).
 */
export const MapLinkHit = memo(function MapLinkHit({ link, description }: MapLinkHitProps) {
  return (
    <path
      className="map-hit"
      data-hit-id={link.id}
      data-link-id={link.id}
      data-state="idle"
      role="button"
      tabIndex={0}
      aria-roledescription="stance"
      aria-label={link.sentence}
      aria-description={description}
      aria-pressed="false"
    />
  );
}, sameHit);

/** Each filter change builds new link objects: compare what is rendered instead. */
function sameHit(a: MapLinkHitProps, b: MapLinkHitProps): boolean {
  return (
    a.description === b.description &&
    a.link.id === b.link.id &&
    a.link.sentence === b.link.sentence
  );
}
