import type { Polarity, Role, StanceTypeId } from '../data/vocabulary';

/** Active filters. An empty list means "no constraint" on that facet. */
export interface Filters {
  topics: string[];
  polarities: Polarity[];
  types: StanceTypeId[];
  roles: Role[];
  /** Source documents (ids): stances with a quote from one of them. Absent or empty: all. */
  documents?: string[];
}

export const NO_FILTERS: Filters = { topics: [], polarities: [], types: [], roles: [] };

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.topics.length > 0 ||
    filters.polarities.length > 0 ||
    filters.types.length > 0 ||
    filters.roles.length > 0 ||
    (filters.documents?.length ?? 0) > 0
  );
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
