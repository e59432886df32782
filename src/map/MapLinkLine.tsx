import { memo } from 'react';
import { POLARITY_STYLES } from '../data/vocabulary';
import type { GraphLink } from '../graph/buildGraph';
import { markerId } from './MapMarkers';

interface MapLinkLineProps {
  link: GraphLink;
  markerPrefix: string;
}

/**
 * The visible line of a link: colour and dash by polarity, arrowhead per polarity;
 * membership (bloc → member) thin and grey. Decorative: the focusable twin is MapLinkHit.
 * Its highlight (`data-state`, `data-hovered`) is set by the map (see applyHighlight), so
 * selecting or hovering does not re-render a thousand links.
 */
export const MapLinkLine = memo(function MapLinkLine({ link, markerPrefix }: MapLinkLineProps) {
  if (link.kind === 'membership' || !link.polarity) {
    return (
      <path className="map-line map-line--membership" data-line-id={link.id} data-state="idle" />
    );
  }
  const style = POLARITY_STYLES[link.polarity];
  return (
    <path
      className="map-line"
      data-line-id={link.id}
      data-state="idle"
      data-polarity={link.polarity}
      stroke={style.color}
      strokeWidth={style.width}
      strokeDasharray={style.dash || undefined}
      markerEnd={`url(#${markerId(markerPrefix, link.polarity)})`}
    />
  );
}, sameLine);

/**
 * Each filter change builds new link objects: compare what is drawn, so the links that
 * stay are not re-rendered.
 */
function sameLine(a: MapLinkLineProps, b: MapLinkLineProps): boolean {
  return (
    a.markerPrefix === b.markerPrefix &&
    a.link.id === b.link.id &&
    a.link.kind === b.link.kind &&
    a.link.polarity === b.link.polarity
  );
}
