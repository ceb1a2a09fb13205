import { FORMAT_LABELS, partnerLabel } from '../../data/labels.ts';
import type { Meeting, Partner, PartnerKind, Period } from '../../data/schema.ts';
import {
  bucketFor,
  bucketLabel,
  bucketLastDay,
  bucketStart,
  nextBucket,
} from '../../data/time-buckets.ts';

/** Hanoi is UTC+7 all year (no daylight saving). */
export const HANOI_OFFSET = '+07:00';

export type TimelineGroupId = PartnerKind | 'none';

export const TIMELINE_GROUPS: { id: TimelineGroupId; label: string }[] = [
  { id: 'country', label: 'Countries' },
  { id: 'organization', label: 'Organisations' },
  { id: 'company', label: 'Companies' },
  { id: 'none', label: 'No partner' },
];

const PART_HOURS = {
  morning: [8, 12],
  afternoon: [13, 17],
  evening: [18, 22],
  unknown: [8, 22],
} as const;

export interface TimelineItemSpec {
  id: string;
  /** A meeting, or a count of meetings in one period (when there are too many to draw). */
  kind: 'meeting' | 'aggregate';
  /** For aggregates: the inclusive days the period covers. */
  days?: { from: string; to: string };
  /** ISO instants in Hanoi time, so every viewer sees the same calendar day. */
  start: string;
  end: string;
  group: TimelineGroupId;
  format: Meeting['format'];
  label: string;
  title: string;
}

function at(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00${HANOI_OFFSET}`;
}

/** Pure mapping from a meeting to what the timeline draws. */
export function toTimelineItem(
  meeting: Meeting,
  partnerById: ReadonlyMap<string, Partner>,
): TimelineItemSpec {
  const partners = meeting.partners.flatMap((id) => partnerById.get(id) ?? []);
  const [startHour, endHour] = PART_HOURS[meeting.partOfDay ?? 'unknown'];
  const who =
    partners.length === 0
      ? meeting.city
      : partners.length <= 2
        ? partners.map(partnerLabel).join(' & ')
        : `${partnerLabel(partners[0] as Partner)} +${partners.length - 1}`;
  return {
    id: meeting.id,
    kind: 'meeting',
    start: at(meeting.date, startHour),
    end: at(meeting.date, endHour),
    group: partners[0]?.kind ?? 'none',
    format: meeting.format,
    label: `${who} · ${FORMAT_LABELS[meeting.format]}`,
    title: `${meeting.title} (${meeting.date}${meeting.partOfDay ? `, ${meeting.partOfDay}` : ''})`,
  };
}

/** A period covers whole Hanoi days, from the start of `start` to the end of `end`. */
export function periodRange(period: Period): { start: string; end: string } {
  const end = new Date(`${period.end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return {
    start: `${period.start}T00:00:00${HANOI_OFFSET}`,
    end: `${end.toISOString().slice(0, 10)}T00:00:00${HANOI_OFFSET}`,
  };
}

/** A cheap fingerprint: only items whose drawing changes are sent to the DataSet. */
export function itemSignature(item: TimelineItemSpec): string {
  return `${item.kind}|${item.start}|${item.end}|${item.group}|${item.format}|${item.label}|${item.title}`;
}

const HOUR = 3_600_000;

/**
 * A window that shows every item with room for its label: boxes start at their
 * time and extend to the right, so the right edge gets an extra half day.
 */
export function windowFor(specs: readonly TimelineItemSpec[]): { start: Date; end: Date } | null {
  if (specs.length === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const spec of specs) {
    const time = Date.parse(spec.start);
    if (time < min) min = time;
    if (time > max) max = time;
  }
  const pad = Math.max(max - min, 24 * HOUR) * 0.06 + 6 * HOUR;
  return { start: new Date(min - pad), end: new Date(max + pad + 12 * HOUR) };
}

/** Above this many matching meetings the timeline draws counts per period. */
export const AGGREGATE_THRESHOLD = 500;

/** A small gap keeps neighbouring periods from stacking onto two rows. */
const BUCKET_GAP_MS = {
  day: 2 * HOUR,
  week: 12 * HOUR,
  month: 2 * 24 * HOUR,
  year: 20 * 24 * HOUR,
};

/**
 * Thousands of boxes are unreadable and slow to draw, so large result sets
 * become one box per period and partner kind, labelled with its count.
 * Clicking one narrows the date filter to that period.
 */
export function aggregateItems(
  meetings: readonly Meeting[],
  partnerById: ReadonlyMap<string, Partner>,
): TimelineItemSpec[] {
  const first = meetings[0]?.date;
  const last = meetings.at(-1)?.date;
  if (!first || !last) return [];
  const bucket = bucketFor(first, last, { weeks: false });
  const counts = new Map<string, { group: TimelineGroupId; start: string; count: number }>();
  for (const meeting of meetings) {
    const firstPartner = meeting.partners[0];
    const group: TimelineGroupId = (firstPartner && partnerById.get(firstPartner)?.kind) || 'none';
    const start = bucketStart(meeting.date, bucket);
    const key = `${group}|${start}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { group, start, count: 1 });
  }
  return [...counts.values()].map(({ group, start, count }) => {
    const endTime = Date.parse(`${nextBucket(start, bucket)}T00:00:00${HANOI_OFFSET}`);
    const name = bucketLabel(start, bucket, 'long');
    const n = count.toLocaleString('en');
    return {
      id: `aggregate:${group}:${start}`,
      kind: 'aggregate',
      days: { from: start, to: bucketLastDay(start, bucket) },
      start: `${start}T00:00:00${HANOI_OFFSET}`,
      end: new Date(endTime - BUCKET_GAP_MS[bucket]).toISOString(),
      group,
      format: 'other',
      label: n,
      title: `${n} ${count === 1 ? 'meeting' : 'meetings'} in ${name}; click to show only these dates`,
    };
  });
}
