import { ROLE_STYLES, type Role } from '../data/vocabulary';
import { readableInkOn } from './colour';
import './panel.css';

/** A ring in the role's colour with its badge letter, as the map marks participants. */
export function RoleBadge({ role }: { role: Role }) {
  const style = ROLE_STYLES[role];
  return (
    <span className="role-badge" aria-hidden="true">
      <svg className="swatch" width={20} height={20} viewBox="-10 -10 20 20" focusable="false">
        <circle r={6.5} fill="var(--surface)" stroke={style.color} strokeWidth={3.5} />
      </svg>
      <span
        className="role-badge__letter"
        style={{ background: style.color, color: readableInkOn(style.color) }}
      >
        {style.badge}
      </span>
    </span>
  );
}
