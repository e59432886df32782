/** The document's stances beside the text: sortable, filterable, each with its quotes. */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Stance } from '../data/schema';
import { ATTRIBUTION_LABELS, POLARITY_STYLES, stanceTypeOf } from '../data/vocabulary';

type SortOrder = 'text' | 'type' | 'added';

/** One stance; memoised, so adding one to a long list renders only the new item. */
const StanceItem = memo(function StanceItem({
  stance,
  documentId,
  active,
  canAddQuote,
  onPick,
  onEdit,
  onRemove,
  onAddQuote,
}: {
  stance: Stance;
  documentId: string;
  active: boolean;
  canAddQuote: boolean;
  onPick(stance: Stance): void;
  onEdit(stance: Stance): void;
  onRemove(stance: Stance): void;
  onAddQuote(stance: Stance): void;
}) {
  const type = stanceTypeOf(stance.type);
  return (
    <li className={`code-stance code-stance--${type.polarity}${active ? ' is-active' : ''}`}>
      <button
        type="button"
        className="code-stance__pick"
        aria-current={active || undefined}
        onClick={() => onPick(stance)}
      >
        <span className="code-stance__type">
          {type.label} · {POLARITY_STYLES[type.polarity].label.toLowerCase()}
        </span>
        <span className="code-stance__summary">{stance.summary}</span>
      </button>
      {stance.evidence
        .filter((e) => e.document === documentId)
        .map((evidence, i) => (
          <blockquote key={i} className="code-stance__quote">
            <span className="badge">{ATTRIBUTION_LABELS[evidence.attribution].badge}</span>{' '}
            {evidence.quote}
          </blockquote>
        ))}
      {active && (
        <div className="code-stance__actions">
          <button type="button" className="button button--small" onClick={() => onEdit(stance)}>
            Edit
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!canAddQuote}
            title={canAddQuote ? undefined : 'Select words in the text first'}
            onClick={() => onAddQuote(stance)}
          >
            Add selected words as a quote
          </button>
          <button type="button" className="button button--small" onClick={() => onRemove(stance)}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
});

export function StanceList({
  dataset,
  documentId,
  activeId,
  shown,
  canAddQuote,
  onPick,
  onEdit,
  onRemove,
  onAddQuote,
}: {
  dataset: Dataset;
  documentId: string;
  activeId: string | null;
  /** Whether the list is on screen (it stays mounted under the form and other tabs). */
  shown: boolean;
  canAddQuote: boolean;
  onPick(stance: Stance): void;
  onEdit(stance: Stance): void;
  onRemove(stance: Stance): void;
  onAddQuote(stance: Stance): void;
}) {
  const [sort, setSort] = useState<SortOrder>('text');
  const [filter, setFilter] = useState('');
  const actorName = useMemo(() => {
    const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
    return (id: string) => names.get(id) ?? id;
  }, [dataset.actors]);

  const stances = useMemo(() => {
    const here = dataset.stances
      .map((stance, order) => ({ stance, order }))
      .filter(({ stance }) => stance.evidence.some((e) => e.document === documentId));
    const wanted = filter.trim().toLowerCase();
    const shown = wanted
      ? here.filter(({ stance }) =>
          [
            stance.summary,
            stance.type,
            actorName(stance.to),
            ...stance.from.map(actorName),
            ...stance.evidence.map((e) => e.quote),
          ]
            .join(' ')
            .toLowerCase()
            .includes(wanted),
        )
      : here;
    const firstAt = (stance: Stance) =>
      Math.min(...stance.evidence.filter((e) => e.document === documentId).map((e) => e.start));
    return shown.sort((a, b) =>
      sort === 'added'
        ? b.order - a.order
        : sort === 'type'
          ? a.stance.type.localeCompare(b.stance.type) || a.order - b.order
          : firstAt(a.stance) - firstAt(b.stance) || a.order - b.order,
    );
  }, [dataset.stances, documentId, filter, sort, actorName]);

  // The stance just added, or picked in the text, comes into view in the list; one picked
  // in the list, already in view, stays where it is.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const item = activeId && shown ? list.current?.querySelector('.is-active') : null;
    if (!item) return;
    const panel = item.closest('.code-side__panel')?.getBoundingClientRect();
    const top = Math.max(panel?.top ?? 0, 0);
    const bottom = Math.min(panel?.bottom ?? window.innerHeight, window.innerHeight);
    const box = item.getBoundingClientRect();
    if (box.top < top || box.bottom > bottom) item.scrollIntoView?.({ block: 'center' });
  }, [activeId, shown]);

  return (
    <section className="code-stances" aria-label="Stances in this document">
      <div className="code-stances__tools">
        <input
          type="search"
          aria-label="Filter stances"
          placeholder="Filter stances"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <label>
          Sort{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as SortOrder)}>
            <option value="text">by place in text</option>
            <option value="type">by type</option>
            <option value="added">newest first</option>
          </select>
        </label>
      </div>
      <p className="code-stances__count" role="status">
        {stances.length} stance{stances.length === 1 ? '' : 's'}
        {filter.trim() ? ' match' : ''}
      </p>
      <ol className="code-stances__list" ref={list}>
        {stances.map(({ stance }) => (
          <StanceItem
            key={stance.id}
            stance={stance}
            documentId={documentId}
            active={stance.id === activeId}
            canAddQuote={canAddQuote}
            onPick={onPick}
            onEdit={onEdit}
            onRemove={onRemove}
            onAddQuote={onAddQuote}
          />
        ))}
      </ol>
      {stances.length === 0 && !filter && (
        <p className="code-form__hint">
          Select words in the text, then press <kbd>N</kbd> or “New stance”.
        </p>
      )}
    </section>
  );
}
