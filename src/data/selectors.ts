import type { Lang } from '../i18n/translate.ts';
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
import {
  compareText,
  compileSearch,
  matchesSearch,
  SEARCH_LEVELS,
  type Search,
  type SearchLevel,
} from './text.ts';

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

/**
 * The facet values of every meeting as small integers, built once per dataset
 * (on the first filter pass) and kept beside it. Counting into typed arrays
 * instead of string-keyed maps makes a filter pass over 10,000 meetings about
 * three times cheaper, and that pass runs on every click before it can paint.
 */
interface CodedFacet {
  /** Code → value, in order of first appearance in the dataset. */
  values: string[];
  codeOf: Map<string, number>;
  /** Meeting i's codes are codes[start[i]] … codes[start[i + 1] - 1]. */
  start: Int32Array;
  codes: Int32Array;
}

const codedCache = new WeakMap<PreparedDataset, PerFacet<CodedFacet>>();

function codedFacets(prepared: PreparedDataset): PerFacet<CodedFacet> {
  const cached = codedCache.get(prepared);
  if (cached) return cached;
  const coded = perFacet((key): CodedFacet => {
    const perMeeting = prepared.facetValues[key];
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    const start = new Int32Array(perMeeting.length + 1);
    let total = 0;
    for (const list of perMeeting) total += list.length;
    const codes = new Int32Array(total);
    let at = 0;
    for (let i = 0; i < perMeeting.length; i++) {
      start[i] = at;
      for (const value of perMeeting[i] as string[]) {
        let code = codeOf.get(value);
        if (code === undefined) {
          code = values.length;
          codeOf.set(value, code);
          values.push(value);
        }
        codes[at++] = code;
      }
    }
    start[perMeeting.length] = at;
    return { values, codeOf, start, codes };
  });
  codedCache.set(prepared, coded);
  return coded;
}

/**
 * Applies every filter and computes the facet counts in one pass. A meeting
 * that fails exactly one facet still counts towards that facet's options.
 */
/** Per dataset, the last queries asked about: typing re-asks the same ones on every filter click. */
const levelCache = new WeakMap<PreparedDataset, Map<string, SearchLevel>>();

/**
 * The strictest reading of the query (text.ts, `Search`) that some meeting of
 * the whole dataset matches, whatever the other filters: the reading must not
 * change with them, or the counts beside the filters would disagree.
 */
function searchLevel(prepared: PreparedDataset, search: Search): SearchLevel {
  let cache = levelCache.get(prepared);
  if (!cache) {
    cache = new Map();
    levelCache.set(prepared, cache);
  }
  let level = cache.get(search.phrase.text);
  if (level === undefined) {
    level =
      SEARCH_LEVELS.find((l) => prepared.haystacks.some((h) => matchesSearch(h, search, l))) ??
      'words';
    if (cache.size > 50) cache.clear();
    cache.set(search.phrase.text, level);
  }
  return level;
}

export function applyFilters(prepared: PreparedDataset, filters: Filters): FilterResult {
  const coded = codedFacets(prepared);
  // A chosen value the dataset does not have sets no bit: the facet stays
  // active and nothing matches it, as a shared link naming it should show.
  const wanted = perFacet((key) => {
    const mask = new Uint8Array(coded[key].values.length);
    for (const value of filters[key]) {
      const code = coded[key].codeOf.get(value);
      if (code !== undefined) mask[code] = 1;
    }
    return mask;
  });
  // Only the facets with a choice can fail a meeting.
  const active = FACET_KEYS.filter((key) => filters[key].length > 0);
  const search = compileSearch(filters.q);
  const level = search ? searchLevel(prepared, search) : 'words';
  const { from, to } = filters;
  const counts = perFacet((key) => new Int32Array(coded[key].values.length));
  const matches: Meeting[] = [];
  const { meetings, haystacks } = prepared;

  const passes = (key: FacetKey, i: number): boolean => {
    const { start, codes } = coded[key];
    const mask = wanted[key];
    for (let j = start[i] as number, end = start[i + 1] as number; j < end; j++) {
      if (mask[codes[j] as number] === 1) return true;
    }
    return false;
  };
  const bump = (key: FacetKey, i: number): void => {
    const { start, codes } = coded[key];
    const tally = counts[key];
    for (let j = start[i] as number, end = start[i + 1] as number; j < end; j++) {
      const code = codes[j] as number;
      tally[code] = (tally[code] as number) + 1;
    }
  };

  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i] as Meeting;
    if ((from !== null && meeting.date < from) || (to !== null && meeting.date > to)) continue;
    if (search && !matchesSearch(haystacks[i] as string, search, level)) continue;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (!passes(key, i)) {
        failures++;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(meeting);
      for (const key of FACET_KEYS) bump(key, i);
    } else if (failures === 1 && failed !== null) {
      bump(failed, i);
    }
  }
  const facetCounts: FacetCounts = perFacet((key) => {
    const map = new Map<string, number>();
    const tally = counts[key];
    const { values } = coded[key];
    for (let code = 0; code < tally.length; code++) {
      const count = tally[code] as number;
      if (count > 0) map.set(values[code] as string, count);
    }
    return map;
  });
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
  lang: Lang,
): PerFacet<FacetOption[]> {
  const compare = compareText(lang.tag);
  return perFacet((key, facet) => {
    const values =
      facet.order === 'label'
        ? [...new Set([...facet.choices(prepared), ...filters[key]])]
        : facet.choices(prepared);
    const options = values.map((value) => ({
      value,
      label: facet.label(value, prepared, lang),
      count: counts[key].get(value) ?? 0,
    }));
    return facet.order === 'label' ? options.sort((a, b) => compare(a.label, b.label)) : options;
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
export function activeFilters(prepared: FacetSource, filters: Filters, lang: Lang): ActiveFilter[] {
  const { t, tag } = lang;
  const active: ActiveFilter[] = [];
  for (const { key, chip, label } of FACETS) {
    for (const value of filters[key]) {
      active.push({
        id: `${key}:${value}`,
        text: t('chip.facet', { facet: t(chip), value: label(value, prepared, lang) }),
        without: { ...filters, [key]: filters[key].filter((v) => v !== value) },
      });
    }
  }
  if (filters.from) {
    active.push({
      id: 'from',
      text: t('chip.from', { day: formatDay(filters.from, tag) }),
      without: { ...filters, from: null },
    });
  }
  if (filters.to) {
    active.push({
      id: 'to',
      text: t('chip.to', { day: formatDay(filters.to, tag) }),
      without: { ...filters, to: null },
    });
  }
  const q = filters.q.trim();
  if (q) active.push({ id: 'q', text: t('chip.search', { q }), without: { ...filters, q: '' } });
  return active;
}
