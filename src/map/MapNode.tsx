import { memo } from 'react';
import { ACTOR_KIND_STYLES, ROLE_STYLES } from '../data/vocabulary';
import type { GraphNode } from '../graph/buildGraph';
import {
  LABEL_FONT_SIZE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  ROLE_RING_OFFSET,
  labelLines,
} from '../layout/labelMetrics';
import { glyphPath, innerRingPath } from './glyphs';

/** How an element relates to the selection: it, next to it, away from it, or no selection. */
export type HighlightState = 'selected' | 'related' | 'dimmed' | 'idle';

interface MapNodeProps {
  node: GraphNode;
  pinned: boolean;
}

/** Dark text on light role colours, white on dark ones (black for guarantors). */
function badgeText(color: string): string {
  const value = parseInt(color.slice(1), 16);
  const luminance = 0.299 * (value >> 16) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
  return luminance < 110 ? '#ffffff' : '#111111';
}

/**
 * One actor: glyph by kind, ring and letter badge for the meeting role, label below.
 * Positioned by the map engine (it sets `transform`), so React never re-renders on a tick;
 * its highlight (`data-state`, `data-hovered`, `aria-pressed`) is set by the map too
 * (see applyHighlight), so a selection does not re-render every actor.
 */
export const MapNode = memo(function MapNode({ node, pinned }: MapNodeProps) {
  const glyph = ACTOR_KIND_STYLES[node.kind].glyph;
  const r = node.radius;
  const role = node.role ? ROLE_STYLES[node.role] : null;
  const lines = labelLines(node.label);
  const ring = r + ROLE_RING_OFFSET;
  const badge = ring * Math.SQRT1_2;
  return (
    <g
      className="map-node"
      data-node-id={node.id}
      data-state="idle"
      data-kind={node.kind}
      data-pinned={pinned || undefined}
      role="button"
      tabIndex={0}
      aria-roledescription="actor"
      aria-label={node.actor.name}
      aria-pressed="false"
    >
      <path className="map-node__focus" d={glyphPath(glyph, ring + 5)} />
      <path className="map-node__hit" d={glyphPath(glyph, Math.max(ring, 14))} />
      {role && (
        <path
          className="map-node__role"
          d={glyphPath(glyph, ring)}
          style={{ stroke: role.color }}
        />
      )}
      <path
        className={`map-node__glyph${glyph === 'dashed-circle' ? ' map-node__glyph--dashed' : ''}`}
        d={glyphPath(glyph, r)}
      />
      {glyph === 'ringed-circle' && <path className="map-node__ring" d={innerRingPath(r)} />}
      {role && (
        <g
          className="map-node__badge"
          transform={`translate(${badge.toFixed(1)},${(-badge).toFixed(1)})`}
        >
          <circle r={7.5} style={{ fill: role.color }} />
          <text dy="0.35em" style={{ fill: badgeText(role.color) }}>
            {role.badge}
          </text>
        </g>
      )}
      {pinned && (
        <g
          className="map-node__pin"
          transform={`translate(${(-badge).toFixed(1)},${(-badge).toFixed(1)})`}
        >
          <circle r={6.5} />
          <path d="M-2.2,-3.2h4.4l-0.8,2.6l1.6,1.4h-6l1.6,-1.4zM0,0.8v3" />
        </g>
      )}
      <text className="map-node__label" y={ring + LABEL_GAP + LABEL_FONT_SIZE * 0.8}>
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i ? LABEL_LINE_HEIGHT : 0}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}, sameNode);

/** Each filter change builds new node objects: compare what is rendered instead. */
function sameNode(a: MapNodeProps, b: MapNodeProps): boolean {
  return (
    a.pinned === b.pinned &&
    a.node.id === b.node.id &&
    a.node.kind === b.node.kind &&
    a.node.role === b.node.role &&
    a.node.radius === b.node.radius &&
    a.node.label === b.node.label &&
    a.node.actor.name === b.node.actor.name
  );
}
