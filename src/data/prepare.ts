import type { Dataset, Meeting, Partner, PartnerKind, Topic } from './schema.ts';
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
  /** Aligned with `meetings`: the values each meeting has for each facet. */
  facetValues: {
    country: string[][];
    partner: string[][];
    topic: string[][];
    kind: PartnerKind[][];
  };
  /** Aligned with `meetings`: folded text that free-text search looks in. */
  haystacks: string[];
  /** Partner countries that occur in at least one meeting, sorted. */
  countries: string[];
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

export function prepareDataset(data: Dataset): PreparedDataset {
  const partnerById = new Map(data.partners.map((p) => [p.id, p]));
  const topicById = new Map(data.topics.map((t) => [t.id, t]));
  // Array.prototype.sort is stable, so equal keys keep file order.
  const meetings = [...data.meetings].sort(compareMeetings);

  const country: string[][] = [];
  const partner: string[][] = [];
  const topic: string[][] = [];
  const kind: PartnerKind[][] = [];
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

  for (const meeting of meetings) {
    const partners = meeting.partners.flatMap((id) => partnerById.get(id) ?? []);
    for (const p of partners) usedPartners.add(p.id);
    partner.push(unique(meeting.partners));
    country.push(unique(partners.flatMap((p) => (p.country ? [p.country] : []))));
    kind.push(unique(partners.map((p) => p.kind)));
    topic.push(unique(meeting.topics));
    haystacks.push(
      [
        foldText(meeting.title),
        foldText(meeting.summary),
        fold(meeting.city),
        fold(meeting.venue ?? ''),
        ...meeting.vietnamSide.flatMap((person) => [fold(person.name), fold(person.title ?? '')]),
        ...meeting.counterparts.flatMap((person) => [fold(person.name), fold(person.title ?? '')]),
        ...partners.flatMap((p) => [fold(p.name), fold(p.shortName ?? '')]),
        ...meeting.topics.map((id) => fold(topicById.get(id)?.label ?? id)),
      ].join(' \u0000 '),
    );
  }

  return {
    data,
    meetings,
    byId: new Map(meetings.map((m) => [m.id, m])),
    partnerById,
    topicById,
    facetValues: { country, partner, topic, kind },
    haystacks,
    countries: unique(country.flat()).sort(),
    activePartners: data.partners.filter((p) => usedPartners.has(p.id)),
    firstDay: meetings[0]?.date ?? null,
    lastDay: meetings.at(-1)?.date ?? null,
  };
}
