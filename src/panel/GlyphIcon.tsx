import type { Glyph } from '../data/vocabulary';
import { glyphPath, innerRingPath } from '../map/glyphs';
import './panel.css';

/** The map's node glyph for an actor kind, small and inline. */
export function GlyphIcon({ glyph, size = 20 }: { glyph: Glyph; size?: number }) {
  const r = size * 0.32;
  const half = size / 2;
  return (
    <svg
      className="swatch swatch--glyph"
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={glyphPath(glyph, r)}
        fill="var(--surface)"
        stroke="var(--ink)"
        strokeWidth={1.5}
        strokeDasharray={glyph === 'dashed-circle' ? '2.5 2' : undefined}
      />
      {glyph === 'ringed-circle' && (
        <path d={innerRingPath(r)} fill="none" stroke="var(--ink)" strokeWidth={1.2} />
      )}
    </svg>
  );
}
