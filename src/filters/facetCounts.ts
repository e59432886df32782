/**
 * What the filter rail offers and how many stances each choice would show. Pure.
 * A count is the number of stances with that value among those passing the *other*
 * filters, as `topicCounts` does for topics, so a count never depends on its own toggle.
 */
import {
  POLARITIES,
  ROLES,
  STANCE_TYPE_IDS,
  STANCE_TYPES,
  type Polarity,
  type Role,
  type StanceTypeId,
} from '../data/vocabulary';
import { stancePassesFilters, visibleStances } from '../graph/buildGraph';
import type { DatasetIndex } from '../graph/datasetIndex';
import type { Filters } from '../graph/filters';

export interface FacetCounts {
  polarities: Map<Polarity, number>;
  types: Map<StanceTypeId, number>;
  roles: Map<Role, number>;
  /** Per source document; empty for a dataset of one document (no facet then). */
  documents: Map<string, number>;
}

/** Stance types that occur in the dataset, in vocabulary order. */
export function typesPresent(index: DatasetIndex): StanceTypeId[] {
  const present = new Set(index.dataset.stances.map((stance) => stance.type));
  return STANCE_TYPE_IDS.filter((type) => present.has(type));
}

/** Polarities of the stance types that occur, in vocabulary order. */
export function polaritiesPresent(index: DatasetIndex): Polarity[] {
  const present = new Set(
    index.dataset.stances.map((stance) => STANCE_TYPES[stance.type].polarity),
  );
  return POLARITIES.filter((polarity) => present.has(polarity));
}

/** Meeting roles held by some participant, in vocabulary order. */
export function rolesPresent(index: DatasetIndex): Role[] {
  const present = new Set(index.roleOf.values());
  return ROLES.filter((role) => present.has(role));
}

export function facetCounts(index: DatasetIndex, filters: Filters): FacetCounts {
  const polarities = new Map<Polarity, number>(POLARITIES.map((p) => [p, 0]));
  for (const stance of visibleStances(index, { ...filters, polarities: [] })) {
    const polarity = STANCE_TYPES[stance.type].polarity;
    polarities.set(polarity, (polarities.get(polarity) ?? 0) + 1);
  }
  const types = new Map<StanceTypeId, number>(STANCE_TYPE_IDS.map((t) => [t, 0]));
  for (const stance of visibleStances(index, { ...filters, types: [] })) {
    types.set(stance.type, (types.get(stance.type) ?? 0) + 1);
  }
  const roles = new Map<Role, number>(ROLES.map((r) => [r, 0]));
  const withoutRoles = visibleStances(index, { ...filters, roles: [] });
  for (const role of ROLES) {
    const only = { ...filters, roles: [role] };
    roles.set(
      role,
      withoutRoles.filter((stance) => stancePassesFilters(index, stance, only)).length,
    );
  }
  const documents = new Map<string, number>();
  if (index.dataset.documents.length > 1) {
    for (const doc of index.dataset.documents) documents.set(doc.id, 0);
    for (const stance of visibleStances(index, { ...filters, documents: [] })) {
      for (const id of new Set(stance.evidence.map((span) => span.document)))
        documents.set(id, (documents.get(id) ?? 0) + 1);
    }
  }
  return { polarities, types, roles, documents };
}
