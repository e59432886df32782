import { POLARITIES, POLARITY_STYLES } from '../data/vocabulary';
import { ARROW_LENGTH, ARROW_MARKER_PATH, ARROW_WIDTH } from './geometry';

/** The id of a polarity's arrowhead. */
export function markerId(prefix: string, polarity: string): string {
  return `${prefix}-${polarity}`;
}

/** One arrowhead per polarity, in its colour; the line ends where the arrowhead begins. */
export function MapMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {POLARITIES.map((polarity) => (
        <marker
          key={polarity}
          id={markerId(prefix, polarity)}
          viewBox={`0 0 ${ARROW_LENGTH} ${ARROW_WIDTH}`}
          refX={0}
          refY={ARROW_WIDTH / 2}
          markerWidth={ARROW_LENGTH}
          markerHeight={ARROW_WIDTH}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d={ARROW_MARKER_PATH} fill={POLARITY_STYLES[polarity].color} />
        </marker>
      ))}
    </defs>
  );
}
