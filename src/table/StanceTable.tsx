import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { useGraph } from '../ui/useGraph';
import { POLARITY_STYLES, STANCE_TYPES } from '../data/vocabulary';
import { hasActiveFilters } from '../graph/filters';
import { stanceSentence } from '../graph/sentences';
import { involvementOf } from '../panel/actorPositions';
import { QuoteFigure } from '../panel/AttributionBadge';
import { PolaritySwatch } from '../panel/PolaritySwatch';
import { selectFilters, selectJoint, selectSelection } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { nextOrder, sortStances, speakersOf, type SortKey, type SortOrder } from './sortStances';
import './table.css';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'from', label: 'From' },
  { key: 'stance', label: 'Stance' },
  { key: 'to', label: 'To' },
  { key: 'topics', label: 'Topics' },
];

/**
 * The Table view: the map's visible stances, one row each, with every quote. Sorting
 * reorders rows only; filters and selection are the map's, so both always agree.
 */
export default function StanceTable() {
  const index = useDatasetIndex();
  const graph = useGraph();
  const joint = useUi(selectJoint);
  const filters = useUi(selectFilters);
  const selection = useUi(selectSelection);
  const { selectActor, selectStance, clearFilters } = useUiActions();
  const [order, setOrder] = useState<SortOrder | null>(null);
  const captionId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => sortStances(index, graph.stances, order, joint),
    [index, graph.stances, order, joint],
  );
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  const topicLabel = (id: string) => index.topicsById.get(id)?.label ?? id;
  const sortedBy = order && COLUMNS.find((column) => column.key === order.key);

  // Keep the selected row in sight when the selection changes elsewhere (map, panel).
  useEffect(() => {
    const row = wrapRef.current?.querySelector<HTMLElement>('tr[aria-current="true"]');
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
  }, [selection]);

  return (
    <div
      ref={wrapRef}
      className="table-wrap"
      role="region"
      aria-labelledby={captionId}
      // Focusable so keyboard users can scroll a table wider than the screen.
      tabIndex={0}
    >
      <p className="table-hint" aria-hidden="true">
        Scroll sideways for the quotes →
      </p>
      <table className="stance-table">
        <caption id={captionId} className="stance-table__caption">
          {`${rows.length} ${rows.length === 1 ? 'stance' : 'stances'}`}
          {hasActiveFilters(filters) ? ' matching the filters' : ''}
          {sortedBy ? `, sorted by ${sortedBy.label.toLowerCase()} (${order.direction})` : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`stance-table__col--${column.key}`}
                aria-sort={order?.key === column.key ? order.direction : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setOrder((current) => nextOrder(current, column.key))}
                >
                  {column.label}
                  <span className="sort-button__arrow" aria-hidden="true">
                    {order?.key === column.key
                      ? order.direction === 'ascending'
                        ? '▲'
                        : '▼'
                      : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" className="stance-table__col--quote">
              Quote
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="stance-table__empty">
                No stances match the filters.{' '}
                <button type="button" className="link-button" onClick={clearFilters}>
                  Clear filters
                </button>
              </td>
            </tr>
          )}
          {rows.map((stance) => {
            const type = STANCE_TYPES[stance.type];
            const isSelected = selection?.kind === 'stance' && selection.id === stance.id;
            const isRelated =
              selection?.kind === 'actor' && !!involvementOf(index, selection.id, stance);
            const speakers = speakersOf(index, stance, joint);
            return (
              <tr
                key={stance.id}
                className={isSelected ? 'is-selected' : isRelated ? 'is-related' : undefined}
                aria-current={isSelected ? 'true' : undefined}
              >
                <td>
                  <ul className="names">
                    {speakers.map((id) => (
                      <li key={id}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => selectActor(id)}
                        >
                          {name(id)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    className="stance-button stance-table__type"
                    aria-label={`${type.label}: ${stanceSentence(index, stance, joint)}`}
                    onClick={() => selectStance(stance.id)}
                  >
                    <PolaritySwatch polarity={type.polarity} width={26} />
                    <span>{type.label}</span>
                  </button>
                  <span className="stance-table__polarity">
                    {POLARITY_STYLES[type.polarity].label}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => selectActor(stance.to)}
                  >
                    {name(stance.to)}
                  </button>
                </td>
                <td>
                  <ul className="stance-table__topics">
                    {stance.topics.map((topic) => (
                      <li key={topic}>{topicLabel(topic)}</li>
                    ))}
                  </ul>
                </td>
                <td className="stance-table__quotes">
                  {stance.evidence.map((evidence, i) => (
                    <QuoteFigure
                      key={i}
                      quote={evidence.quote}
                      attribution={evidence.attribution}
                    />
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
