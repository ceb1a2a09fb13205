import { LOCALES } from '../i18n/locales.ts';
import { standingLookup } from './convention.ts';
import { FACETS, type PerFacet, perFacet } from './facets.ts';
import { allTranslations, countryName } from './localize.ts';
import type { Dataset, Meeting, Partner, Topic } from './schema.ts';
import { foldText } from './text.ts';

const PART_OF_DAY_ORDER = { morning: 0, afternoon: 1, evening: 2 } as const;

/**
 * The dataset plus the indexes every view needs, built once per dataset so a
 * filter change only scans flat arrays.
 */
export interface PreparedDataset {
  data: Dataset;
  /** Meetings in display order: by day, then part of day, then file order. */
  meetings: Meeting[];
  byId: Map<string, Meeting>;
  partnerById: Map<string, Partner>;
  topicById: Map<string, Topic>;
  /** Per facet, aligned with `meetings`: the values each meeting has. */
  facetValues: PerFacet<string[][]>;
  /** Aligned with `meetings`: folded text that free-text search looks in. */
  haystacks: string[];
  /** Per facet: the values that occur in at least one meeting, sorted. */
  domains: PerFacet<string[]>;
  /** Partners that occur in at least one meeting, in dataset order. */
  activePartners: Partner[];
  firstDay: string | null;
  lastDay: string | null;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export function compareMeetings(a: Meeting, b: Meeting): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const pa = a.partOfDay ? PART_OF_DAY_ORDER[a.partOfDay] : 3;
  const pb = b.partOfDay ? PART_OF_DAY_ORDER[b.partOfDay] : 3;
  return pa - pb;
}

/** How often preparation reports progress, in meetings. */
const PROGRESS_EVERY = 5000;

export function prepareDataset(
  data: Dataset,
  onProgress?: (done: number, total: number) => void,
): PreparedDataset {
  const partnerById = new Map(data.partners.map((p) => [p.id, p]));
  const topicById = new Map(data.topics.map((t) => [t.id, t]));
  // Array.prototype.sort is stable, so equal keys keep file order.
  const meetings = [...data.meetings].sort(compareMeetings);

  const facetValues = perFacet<string[][]>(() => []);
  const context = { standing: standingLookup(data.convention) };
  const haystacks: string[] = [];
  const usedPartners = new Set<string>();
  // Names, titles, places and labels repeat across meetings: fold each once.
  const folded = new Map<string, string>();
  const fold = (value: string) => {
    let result = folded.get(value);
    if (result === undefined) {
      result = foldText(value);
      folded.set(value, result);
    }
    return result;
  };
  const partnerWordsById = new Map<string, string>();
  // A partner is found by its names in every language, and a country also by
  // the browser's names for it ("ba lan" finds Poland without a translation).
  const partnerWords = (p: Partner) => {
    let result = partnerWordsById.get(p.id);
    if (result === undefined) {
      const names = [p.name, p.shortName ?? '', ...allTranslations(p)];
      if (p.country) for (const locale of LOCALES) names.push(countryName(p.country, locale));
      result = names.filter(Boolean).map(fold).join(' \u0000 ');
      partnerWordsById.set(p.id, result);
    }
    return result;
  };
  const topicWords = (t: Topic) => [t.label, ...allTranslations(t)].map(fold).join(' \u0000 ');

  for (const [index, meeting] of meetings.entries()) {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, meetings.length);
    const partners: Partner[] = [];
    for (const id of meeting.partners) {
      const p = partnerById.get(id);
      if (!p) continue;
      partners.push(p);
      usedPartners.add(p.id);
    }
    for (const facet of FACETS)
      facetValues[facet.key].push(facet.valuesOf(meeting, partners, context));
    // Search finds a meeting from its words in any language the data has.
    const words = [foldText(meeting.title), foldText(meeting.summary), fold(meeting.city)];
    for (const text of allTranslations(meeting)) words.push(foldText(text));
    if (meeting.venue) words.push(fold(meeting.venue));
    for (const side of [meeting.vietnamSide, meeting.counterparts]) {
      for (const person of side) {
        words.push(fold(person.name));
        if (person.title) words.push(fold(person.title));
        for (const text of allTranslations(person)) words.push(fold(text));
      }
    }
    for (const p of partners) words.push(partnerWords(p));
    for (const id of meeting.topics) {
      const topic = topicById.get(id);
      words.push(topic ? topicWords(topic) : id);
    }
    haystacks.push(words.join(' \u0000 '));
  }

  return {
    data,
    meetings,
    byId: new Map(meetings.map((m) => [m.id, m])),
    partnerById,
    topicById,
    facetValues,
    haystacks,
    domains: perFacet((key) => unique(facetValues[key].flat()).sort()),
    activePartners: data.partners.filter((p) => usedPartners.has(p.id)),
    firstDay: meetings[0]?.date ?? null,
    lastDay: meetings.at(-1)?.date ?? null,
  };
}
