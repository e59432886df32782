import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { useGraph } from '../ui/useGraph';
import { hasActiveFilters } from '../graph/filters';
import { selectFilters } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { statusLine } from './statusLine';
import './filters.css';

// The search and the facets come after the map's first paint (fetched during it).
const FilterFacets = lazyWithPreload(() => import('./FilterFacets'));

/**
 * The filter rail: find an actor, then narrow the map by topic, polarity, stance type
 * and role. Counts say how many stances a choice would show given the other filters.
 * On phones the rail folds behind a "Filters" button.
 */
export function FilterRail() {
  const graph = useGraph();
  const filters = useUi(selectFilters);
  const actions = useUiActions();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  // The facets fill in once the map has painted (the folded phone rail keeps its height).
  const painted = useAfterFirstPaint();
  useEffect(() => {
    void FilterFacets.preload();
  }, []);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // On phones the rail folds once an actor is chosen, so the map and its details show.
  const foldAfterChoice = () => {
    const toggle = toggleRef.current;
    if (!toggle || toggle.offsetParent === null) return; // the toggle is hidden: not a phone
    setOpen(false);
    toggle.focus();
  };

  const active = hasActiveFilters(filters);
  const activeCount =
    filters.topics.length +
    filters.polarities.length +
    filters.types.length +
    filters.roles.length +
    (filters.documents?.length ?? 0);

  return (
    <nav aria-label="Filters" className={`rail filters${open ? ' filters--open' : ''}`}>
      <div className="filters__bar">
        <button
          ref={toggleRef}
          type="button"
          className="button filters__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="filters__chevron" aria-hidden="true" />
          {activeCount > 0 ? `Filters (${activeCount})` : 'Filters'}
        </button>
        <p role="status" className="filters__status">
          {statusLine(graph.counts.stances, graph.counts.actors)}
        </p>
        <button
          type="button"
          className="button button--small filters__clear"
          disabled={!active}
          onClick={actions.clearFilters}
        >
          Clear filters
        </button>
      </div>

      <div id={bodyId} className="filters__body">
        {(painted || open) && (
          <LoadBoundary what="The search and the filters">
            <Suspense fallback={null}>
              <FilterFacets onChoose={foldAfterChoice} />
            </Suspense>
          </LoadBoundary>
        )}
      </div>
    </nav>
  );
}
