import { ATTRIBUTION_LABELS, type Attribution } from '../data/vocabulary';
import './panel.css';

/** "communiqué" for the communiqué's own words, "report" for the reporter's paraphrase. */
export function AttributionBadge({ attribution }: { attribution: Attribution }) {
  const label = ATTRIBUTION_LABELS[attribution];
  return (
    <span className={`badge badge--${attribution}`} title={label.description}>
      {label.badge}
    </span>
  );
}
