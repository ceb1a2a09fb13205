import { FACET_KEYS, type PerFacet, perFacet } from './facets.ts';

/** What the map shades countries by: meetings, or their standing with the convention. */
export const MAP_LAYERS = ['meetings', 'status'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * What a person has chosen to narrow the meetings down, and the choices of
 * how they are shown that the URL keeps (the map layer, embed mode); mirrors the URL
 * contract. One list of chosen values per facet of the registry, plus the
 * date range and the free text.
 */
export type Filters = PerFacet<string[]> & {
  from: string | null;
  to: string | null;
  q: string;
  map: MapLayer;
  /** Embed mode (`embed=1`): minimal chrome for a page inside another site. */
  embed: boolean;
};

export const EMPTY_FILTERS: Filters = {
  ...perFacet<string[]>(() => []),
  from: null,
  to: null,
  q: '',
  map: 'meetings',
  embed: false,
};

/** "Clear all": every filter off, the map layer and embed mode kept. */
export function clearedFilters(filters: Filters): Filters {
  return { ...EMPTY_FILTERS, map: filters.map, embed: filters.embed };
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    FACET_KEYS.some((key) => filters[key].length > 0) ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== ''
  );
}
