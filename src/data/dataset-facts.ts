/**
 * Figures about the meetings that a reader would quote, and how the dataset
 * was made, computed from the data itself so any dataset gets its own.
 */
import type { Meeting } from './schema.ts';

export interface HeadlineFigures {
  meetings: number;
  /** Distinct partners (countries, organisations, companies) met. */
  partners: number;
  /** Agreements recorded as signed; one meeting may sign several. */
  agreementsSigned: number;
}

/** One pass over `meetings`, so it can follow every filter change at 10,000 meetings. */
export function headlineFigures(meetings: readonly Meeting[]): HeadlineFigures {
  const partners = new Set<string>();
  let agreementsSigned = 0;
  // Indexed loops: at 10,000 meetings iterators cost more than the work.
  for (let m = 0; m < meetings.length; m++) {
    const { partners: ids, outcomes } = meetings[m] as Meeting;
    for (let i = 0; i < ids.length; i++) partners.add(ids[i] as string);
    for (let o = 0; o < outcomes.length; o++) {
      if ((outcomes[o] as Meeting['outcomes'][number]).type === 'agreement-signed')
        agreementsSigned++;
    }
  }
  return { meetings: meetings.length, partners: partners.size, agreementsSigned };
}

export interface Provenance {
  /** Distinct source addresses: one report often backs several meetings. */
  sources: number;
  /** Publishers by the number of distinct sources they gave, most first. */
  publishers: { name: string; sources: number }[];
  exactDates: number;
  inferredDates: number;
  /** Meetings whose notes say where sources disagree or what is uncertain. */
  withNotes: number;
}

export function provenance(meetings: readonly Meeting[]): Provenance {
  const publisherOf = new Map<string, string>();
  let exactDates = 0;
  let withNotes = 0;
  for (let m = 0; m < meetings.length; m++) {
    const meeting = meetings[m] as Meeting;
    if (meeting.dateCertainty === 'exact') exactDates++;
    if (meeting.notes) withNotes++;
    for (let s = 0; s < meeting.sources.length; s++) {
      const source = meeting.sources[s] as Meeting['sources'][number];
      if (!publisherOf.has(source.url)) publisherOf.set(source.url, source.publisher);
    }
  }
  const perPublisher = new Map<string, number>();
  for (const name of publisherOf.values())
    perPublisher.set(name, (perPublisher.get(name) ?? 0) + 1);
  const publishers = [...perPublisher]
    .map(([name, sources]) => ({ name, sources }))
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name, 'en'));
  return {
    sources: publisherOf.size,
    publishers,
    exactDates,
    inferredDates: meetings.length - exactDates,
    withNotes,
  };
}

/** Each day that has meetings, with how many, in date order; `meetings` must be in date order. */
export function meetingsPerDay(meetings: readonly Meeting[]): [day: string, meetings: number][] {
  const days: [string, number][] = [];
  for (const meeting of meetings) {
    const last = days.at(-1);
    if (last && last[0] === meeting.date) last[1]++;
    else days.push([meeting.date, 1]);
  }
  return days;
}
