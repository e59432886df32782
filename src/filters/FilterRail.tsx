import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useAfterFirstPaint } from '../app/useAfterFirstPaint';
import { useDatasetIndex } from '../app/DatasetContext';
import { useGraph } from '../app/useGraph';
import {
  POLARITY_STYLES,
  ROLE_STYLES,
  STANCE_TYPES,
  type Polarity,
  type Role,
} from '../data/vocabulary';
import { topicCounts } from '../graph/buildGraph';
import { hasActiveFilters } from '../graph/filters';
import { PolaritySwatch } from '../panel/PolaritySwatch';
import { RoleBadge } from '../panel/RoleBadge';
import { selectFilters, selectJoint } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { ActorSearch } from './ActorSearch';
import { facetCounts, polaritiesPresent, rolesPresent, typesPresent } from './facetCounts';
import { statusLine } from './statusLine';
import { ToggleGroup } from './ToggleGroup';
import './filters.css';

/**
 * The filter rail: find an actor, then narrow the map by topic, polarity, stance type
 * and role. Counts say how many stances a choice would show given the other filters.
 * On phones the rail folds behind a "Filters" button.
 */
export function FilterRail() {
  const index = useDatasetIndex();
  const graph = useGraph();
  const filters = useUi(selectFilters);
  const joint = useUi(selectJoint);
  const actions = useUiActions();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  // The facets fill in once the map has painted (the folded phone rail keeps its height).
  const painted = useAfterFirstPaint();
  const toggleRef = useRef<HTMLButtonElement>(null);
  // On phones the rail folds once an actor is chosen, so the map and its details show.
  const foldAfterChoice = () => {
    const toggle = toggleRef.current;
    if (!toggle || toggle.offsetParent === null) return; // the toggle is hidden: not a phone
    setOpen(false);
    toggle.focus();
  };

  const present = useMemo(
    () => ({
      polarities: polaritiesPresent(index),
      types: typesPresent(index),
      roles: rolesPresent(index),
    }),
    [index],
  );
  // Counts follow in a deferred render, so the map paints a toggle first; they settle on
  // the same filters the map draws.
  const countedFilters = useDeferredValue(filters);
  const topics = useMemo(() => topicCounts(index, countedFilters), [index, countedFilters]);
  const facets = useMemo(() => facetCounts(index, countedFilters), [index, countedFilters]);
  const active = hasActiveFilters(filters);
  const activeCount =
    filters.topics.length + filters.polarities.length + filters.types.length + filters.roles.length;

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
          <>
            <ActorSearch onChoose={foldAfterChoice} />

            <ToggleGroup
              title="Topics"
              items={index.dataset.topics.map((topic) => ({
                key: topic.id,
                label: topic.label,
                description: topic.description,
                pressed: filters.topics.includes(topic.id),
                count: topics.get(topic.id) ?? 0,
                onToggle: () => actions.toggleTopic(topic.id),
              }))}
            />

            <ToggleGroup
              title="Polarity"
              items={present.polarities.map((polarity: Polarity) => ({
                key: polarity,
                label: POLARITY_STYLES[polarity].label,
                description: POLARITY_STYLES[polarity].description,
                pressed: filters.polarities.includes(polarity),
                count: facets.polarities.get(polarity) ?? 0,
                swatch: <PolaritySwatch polarity={polarity} width={30} />,
                onToggle: () => actions.togglePolarity(polarity),
              }))}
            />

            <ToggleGroup
              title="Stance type"
              items={present.types.map((type) => ({
                key: type,
                label: STANCE_TYPES[type].label,
                description: `${POLARITY_STYLES[STANCE_TYPES[type].polarity].label} · CAMEO ${STANCE_TYPES[type].cameo.code}`,
                pressed: filters.types.includes(type),
                count: facets.types.get(type) ?? 0,
                swatch: <PolaritySwatch polarity={STANCE_TYPES[type].polarity} width={22} />,
                onToggle: () => actions.toggleType(type),
              }))}
            />

            <ToggleGroup
              title="Role"
              hint="Stances involving a participant in this role."
              items={present.roles.map((role: Role) => ({
                key: role,
                label: ROLE_STYLES[role].label,
                pressed: filters.roles.includes(role),
                count: facets.roles.get(role) ?? 0,
                swatch: <RoleBadge role={role} />,
                onToggle: () => actions.toggleRole(role),
              }))}
            />

            <section className="facet">
              <h2 id={`${bodyId}-joint`} className="facet__title">
                Joint statements
              </h2>
              <div role="group" aria-labelledby={`${bodyId}-joint`} className="segmented">
                <button
                  type="button"
                  className="segmented__option"
                  aria-pressed={joint === 'bloc'}
                  onClick={() => actions.setJoint('bloc')}
                >
                  Bloc
                </button>
                <button
                  type="button"
                  className="segmented__option"
                  aria-pressed={joint === 'separate'}
                  onClick={() => actions.setJoint('separate')}
                >
                  Separate
                </button>
              </div>
              <p className="facet__hint">
                {joint === 'bloc'
                  ? 'A statement the members of a bloc make together is drawn from the bloc.'
                  : 'A joint statement is drawn from each of its signatories.'}
              </p>
            </section>
          </>
        )}
      </div>
    </nav>
  );
}
