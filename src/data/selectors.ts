import { formatDay } from './dates.ts';
import {
  FACET_KEYS,
  FACETS,
  type FacetKey,
  type FacetSource,
  type PerFacet,
  perFacet,
} from './facets.ts';
import type { Filters } from './filters.ts';
import type { PreparedDataset } from './prepare.ts';
import type { Meeting } from './schema.ts';
import { searchTerms } from './text.ts';

export type FacetCounts = PerFacet<Map<string, number>>;

export interface FilterResult {
  /** Matching meetings in display order. */
  meetings: Meeting[];
  /**
   * For each facet, how many meetings each value would give with every other
   * filter applied (standard faceted semantics: a facet ignores its own choice).
   */
  facetCounts: FacetCounts;
}

function intersects(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

function bump(map: Map<string, number>, values: readonly string[]): void {
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
}

/**
 * Applies every filter and computes the facet counts in one pass. A meeting
 * that fails exactly one facet still counts towards that facet's options.
 */
export function applyFilters(prepared: PreparedDataset, filters: Filters): FilterResult {
  const wanted = perFacet((key) => new Set(filters[key]));
  // Only the facets with a choice can fail a meeting.
  const active = FACET_KEYS.filter((key) => wanted[key].size > 0);
  const terms = searchTerms(filters.q);
  const { from, to } = filters;
  const facetCounts: FacetCounts = perFacet(() => new Map());
  const matches: Meeting[] = [];
  const { meetings, facetValues, haystacks } = prepared;

  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i] as Meeting;
    if ((from !== null && meeting.date < from) || (to !== null && meeting.date > to)) continue;
    if (terms.length > 0) {
      const haystack = haystacks[i] as string;
      if (!terms.every((term) => haystack.includes(term))) continue;
    }
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (!intersects(facetValues[key][i] as string[], wanted[key])) {
        failures++;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(meeting);
      for (const key of FACET_KEYS) bump(facetCounts[key], facetValues[key][i] as string[]);
    } else if (failures === 1 && failed !== null) {
      bump(facetCounts[failed], facetValues[failed][i] as string[]);
    }
  }
  return { meetings: matches, facetCounts };
}

export interface DatasetSummary {
  meetings: number;
  partners: number;
  firstDay: string | null;
  lastDay: string | null;
}

export function summarize(prepared: PreparedDataset): DatasetSummary {
  return {
    meetings: prepared.meetings.length,
    partners: prepared.activePartners.length,
    firstDay: prepared.firstDay,
    lastDay: prepared.lastDay,
  };
}

/** The meetings before and after `id` in `list`, for previous/next navigation. */
export function neighbours(
  list: readonly Meeting[],
  id: string,
): { previous: Meeting | null; next: Meeting | null; position: number } {
  const position = list.findIndex((m) => m.id === id);
  if (position === -1) return { previous: null, next: null, position: -1 };
  return {
    previous: list[position - 1] ?? null,
    next: list[position + 1] ?? null,
    position,
  };
}

/** The country most meetings took place in: the host the map marks. */
export function hostCountry(prepared: PreparedDataset): string | null {
  const counts = new Map<string, number>();
  for (const meeting of prepared.meetings) {
    counts.set(meeting.hostCountry, (counts.get(meeting.hostCountry) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Meetings this value would give with every other filter applied. */
  count: number;
}

/**
 * What the filter bar offers for each facet, with counts. Chosen values stay
 * listed even when the dataset has no meeting for them (a shared link may
 * name a country the data does not have).
 */
export function facetOptions(
  prepared: PreparedDataset,
  counts: FacetCounts,
  filters: Filters,
): PerFacet<FacetOption[]> {
  return perFacet((key, facet) => {
    const values =
      facet.order === 'label'
        ? [...new Set([...facet.choices(prepared), ...filters[key]])]
        : facet.choices(prepared);
    const options = values.map((value) => ({
      value,
      label: facet.label(value, prepared),
      count: counts[key].get(value) ?? 0,
    }));
    return facet.order === 'label'
      ? options.sort((a, b) => a.label.localeCompare(b.label, 'en'))
      : options;
  });
}

export interface ActiveFilter {
  /** Stable key: "country:PL", "from", "to" or "q". */
  id: string;
  /** What a person reads: "Country: Poland", "From Sat, 25 Oct 2025", "Search: “luong”". */
  text: string;
  /** The same filters without this one. */
  without: Filters;
}

/** Every active filter in the order of the URL contract, as the chips and the empty state name them. */
export function activeFilters(prepared: FacetSource, filters: Filters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const { key, chip, label } of FACETS) {
    for (const value of filters[key]) {
      active.push({
        id: `${key}:${value}`,
        text: `${chip}: ${label(value, prepared)}`,
        without: { ...filters, [key]: filters[key].filter((v) => v !== value) },
      });
    }
  }
  if (filters.from) {
    active.push({
      id: 'from',
      text: `From ${formatDay(filters.from)}`,
      without: { ...filters, from: null },
    });
  }
  if (filters.to) {
    active.push({
      id: 'to',
      text: `To ${formatDay(filters.to)}`,
      without: { ...filters, to: null },
    });
  }
  const q = filters.q.trim();
  if (q) active.push({ id: 'q', text: `Search: “${q}”`, without: { ...filters, q: '' } });
  return active;
}
