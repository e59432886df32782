import { useDeferredValue, useId, useMemo } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { formatDateRange } from '../ui/formatDate';
import {
  POLARITY_STYLES,
  ROLE_STYLES,
  STANCE_TYPES,
  type Polarity,
  type Role,
} from '../data/vocabulary';
import { topicCounts } from '../graph/buildGraph';
import { PolaritySwatch } from '../panel/PolaritySwatch';
import { RoleBadge } from '../panel/RoleBadge';
import { selectFilters, selectJoint } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { ActorSearch } from './ActorSearch';
import { facetCounts, polaritiesPresent, rolesPresent, typesPresent } from './facetCounts';
import { ToggleGroup } from './ToggleGroup';

/**
 * The filter rail's body: the actor search, the facets with their counts, and how joint
 * statements are drawn. Loaded after the map's first paint (see FilterRail).
 */
export default function FilterFacets({ onChoose }: { onChoose(): void }) {
  const index = useDatasetIndex();
  const filters = useUi(selectFilters);
  const joint = useUi(selectJoint);
  const actions = useUiActions();
  const jointId = useId();

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

  return (
    <>
      <ActorSearch onChoose={onChoose} />

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

      {index.dataset.documents.length > 1 && (
        <ToggleGroup
          title="Documents"
          hint="Stances quoted from these sources."
          items={index.dataset.documents.map((doc) => ({
            key: doc.id,
            label: doc.title,
            description: [formatDateRange(doc.date), doc.place].join(' · '),
            pressed: filters.documents?.includes(doc.id) ?? false,
            count: facets.documents.get(doc.id) ?? 0,
            onToggle: () => actions.toggleDocument(doc.id),
          }))}
        />
      )}

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
        <h2 id={jointId} className="facet__title">
          Joint statements
        </h2>
        <div role="group" aria-labelledby={jointId} className="segmented">
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
  );
}
