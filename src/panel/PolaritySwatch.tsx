import { POLARITY_STYLES, type Polarity } from '../data/vocabulary';
import './panel.css';

/** A short line with an arrowhead, drawn as the map draws a stance of this polarity. */
export function PolaritySwatch({ polarity, width = 34 }: { polarity: Polarity; width?: number }) {
  const style = POLARITY_STYLES[polarity];
  const head = 8;
  return (
    <svg
      className="swatch swatch--line"
      width={width}
      height={12}
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={1}
        y1={6}
        x2={width - head}
        y2={6}
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash || undefined}
      />
      <path
        d={`M${width - head - 1},1.5L${width - 1},6L${width - head - 1},10.5Z`}
        fill={style.color}
      />
    </svg>
  );
}
