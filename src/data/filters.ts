import { FACET_KEYS, type PerFacet, perFacet } from './facets.ts';

/**
 * What a person has chosen to narrow the meetings down; mirrors the URL
 * contract. One list of chosen values per facet of the registry, plus the
 * date range and the free text.
 */
export type Filters = PerFacet<string[]> & {
  from: string | null;
  to: string | null;
  q: string;
};

export const EMPTY_FILTERS: Filters = {
  ...perFacet<string[]>(() => []),
  from: null,
  to: null,
  q: '',
};

export function hasActiveFilters(filters: Filters): boolean {
  return (
    FACET_KEYS.some((key) => filters[key].length > 0) ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== ''
  );
}
