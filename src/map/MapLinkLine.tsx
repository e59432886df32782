import { memo } from 'react';
import { POLARITY_STYLES } from '../data/vocabulary';
import type { GraphLink } from '../graph/buildGraph';
import type { HighlightState } from './MapNode';

interface MapLinkLineProps {
  link: GraphLink;
  state: HighlightState;
  hovered: boolean;
  markerPrefix: string;
}

/**
 * The visible line of a link: colour and dash by polarity, arrowhead per polarity;
 * membership (bloc → member) thin and grey. Decorative: the focusable twin is MapLinkHit.
 */
export const MapLinkLine = memo(function MapLinkLine({
  link,
  state,
  hovered,
  markerPrefix,
}: MapLinkLineProps) {
  if (link.kind === 'membership' || !link.polarity) {
    return (
      <path className="map-line map-line--membership" data-line-id={link.id} data-state={state} />
    );
  }
  const style = POLARITY_STYLES[link.polarity];
  return (
    <path
      className="map-line"
      data-line-id={link.id}
      data-state={state}
      data-polarity={link.polarity}
      data-hovered={hovered || undefined}
      stroke={style.color}
      strokeWidth={style.width}
      strokeDasharray={style.dash || undefined}
      markerEnd={`url(#${markerPrefix}-${link.polarity})`}
    />
  );
});
