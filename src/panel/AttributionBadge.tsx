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

/** A verbatim quote with its attribution badge, as the panel and the table show it. */
export function QuoteFigure({ quote, attribution }: { quote: string; attribution: Attribution }) {
  return (
    <figure className="quote">
      <blockquote className="quote__text">{quote}</blockquote>
      <figcaption className="quote__source">
        <AttributionBadge attribution={attribution} />
      </figcaption>
    </figure>
  );
}
