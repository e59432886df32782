/** SVG path data for node glyphs, centred on 0,0, shared by the map and the exports. */
import type { Glyph } from '../data/vocabulary';

function polygon(sides: number, r: number, rotation: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    points.push(`${(r * Math.cos(angle)).toFixed(2)},${(r * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}Z`;
}

function circle(r: number): string {
  return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

function roundedSquare(r: number): string {
  const s = r * 0.86;
  const c = r * 0.3;
  return `M${-s + c},${-s}H${s - c}Q${s},${-s} ${s},${-s + c}V${s - c}Q${s},${s} ${s - c},${s}H${-s + c}Q${-s},${s} ${-s},${s - c}V${-s + c}Q${-s},${-s} ${-s + c},${-s}Z`;
}

function star(r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.5;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`,
    );
  }
  return `M${points.join('L')}Z`;
}

/** Outline of a glyph of radius r. `ringed-circle` draws its inner ring separately (innerRingPath). */
export function glyphPath(glyph: Glyph, r: number): string {
  switch (glyph) {
    case 'circle':
    case 'ringed-circle':
    case 'dashed-circle':
      return circle(r);
    case 'rounded-square':
      return roundedSquare(r);
    case 'square':
      return polygon(4, r * 1.15, Math.PI / 4);
    case 'triangle':
      return polygon(3, r * 1.2, -Math.PI / 2);
    case 'diamond':
      return polygon(4, r * 1.15, 0);
    case 'hexagon':
      return polygon(6, r * 1.05, 0);
    case 'star':
      return star(r * 1.25);
  }
}

export function innerRingPath(r: number): string {
  return circle(r * 0.62);
}
