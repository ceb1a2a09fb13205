import type { PartnerKind } from './schema.ts';

/** What a person has chosen to narrow the meetings down; mirrors the URL contract. */
export interface Filters {
  country: string[];
  partner: string[];
  topic: string[];
  kind: PartnerKind[];
  from: string | null;
  to: string | null;
  q: string;
}

export type FacetKey = 'country' | 'partner' | 'topic' | 'kind';
export const FACET_KEYS: readonly FacetKey[] = ['country', 'partner', 'topic', 'kind'];

export const EMPTY_FILTERS: Filters = {
  country: [],
  partner: [],
  topic: [],
  kind: [],
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
