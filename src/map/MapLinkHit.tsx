import { memo } from 'react';
import type { GraphLink } from '../graph/buildGraph';
import type { HighlightState } from './MapNode';

interface MapLinkHitProps {
  link: GraphLink;
  state: HighlightState;
  /** Tells apart stances whose sentences read the same (the stance's summary). */
  description?: string;
}

/**
 * A stance link as a control: a wide transparent path that takes the pointer and the
 * keyboard focus, named by the link's sentence. Drawn above the nodes so stances come
 * after actors in the tab order; its stroke shows only as the focus ring.
 */
export const MapLinkHit = memo(function MapLinkHit({ link, state, description }: MapLinkHitProps) {
  return (
    <path
      className="map-hit"
      data-hit-id={link.id}
      data-link-id={link.id}
      data-state={state}
      role="button"
      tabIndex={0}
      aria-roledescription="stance"
      aria-label={link.sentence}
      aria-description={description}
      aria-pressed={state === 'selected'}
    />
  );
});
