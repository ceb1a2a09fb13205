import { formatDay, formatDaySpan } from '../../data/dates.ts';
import { FORMAT_LABELS } from '../../data/labels.ts';
import { localText, optionalLocalText, partnerLabel } from '../../data/localize.ts';
import type { Meeting, Milestone, Partner, PartnerKind, Period } from '../../data/schema.ts';
import {
  bucketFor,
  bucketLabel,
  bucketLastDay,
  bucketStart,
  nextBucket,
} from '../../data/time-buckets.ts';
import type { Lang, MessageKey } from '../../i18n/translate.ts';

/** Hanoi is UTC+7 all year (no daylight saving). */
export const HANOI_OFFSET = '+07:00';

export type TimelineGroupId = PartnerKind | 'none';

/** The timeline's rows, in order; `label` is a message key. */
export const TIMELINE_GROUPS: { id: TimelineGroupId; label: MessageKey }[] = [
  { id: 'country', label: 'timeline.group.country' },
  { id: 'organization', label: 'timeline.group.organization' },
  { id: 'company', label: 'timeline.group.company' },
  { id: 'none', label: 'timeline.group.none' },
];

export interface TimelineItemSpec {
  id: string;
  /**
   * A meeting; a count of meetings in one period (when there are too many to
   * draw); or the hidden rest of a crowded day in one group, which expands.
   */
  kind: 'meeting' | 'aggregate' | 'more';
  /** For aggregates: the inclusive days the period covers. */
  days?: { from: string; to: string };
  /** ISO instants in Hanoi time, so every viewer sees the same calendar day. */
  start: string;
  end: string;
  group: TimelineGroupId;
  format: Meeting['format'];
  /** Who met (the part of the label that must stay when space is short). */
  label: string;
  /** What kind of meeting, shown after the label when there is room. */
  detail?: string;
  title: string;
}

const HOUR = 3_600_000;
/** A meeting fills its day but for this much at each end, so days stay apart. */
const DAY_INSET_MS = 2 * HOUR;

function at(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00${HANOI_OFFSET}`;
}

/** The span a meeting is drawn over: its Hanoi day, slightly inset. */
function daySpan(day: string): { start: string; end: string } {
  const start = Date.parse(at(day, 0)) + DAY_INSET_MS;
  const end = Date.parse(at(nextBucket(day, 'day'), 0)) - DAY_INSET_MS;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" in the language of `tag`. */
function listOf(names: readonly string[], tag: string): string {
  let format = listFormats.get(tag);
  if (!format) {
    format = new Intl.ListFormat(tag, { type: 'conjunction' });
    listFormats.set(tag, format);
  }
  return format.format(names);
}

/** "Poland", "Russia and Angola", "UN, UNODC and Laos", "UN and 3 others". */
function whoMet(partners: readonly Partner[], { locale, tag, t }: Lang): string {
  const names = partners.map((partner) => partnerLabel(partner, locale));
  if (names.length <= 3) return listOf(names, tag);
  return t('timeline.who-and-others', { first: names[0] ?? '', others: names.length - 1 });
}

const PART_OF_DAY_LABELS: Record<NonNullable<Meeting['partOfDay']>, MessageKey> = {
  morning: 'timeline.part-of-day.morning',
  afternoon: 'timeline.part-of-day.afternoon',
  evening: 'timeline.part-of-day.evening',
};

function groupOf(meeting: Meeting, partnerById: ReadonlyMap<string, Partner>): TimelineGroupId {
  const first = meeting.partners[0];
  return (first && partnerById.get(first)?.kind) || 'none';
}

/** Pure mapping from a meeting to what the timeline draws: a block on its day. */
export function toTimelineItem(
  meeting: Meeting,
  partnerById: ReadonlyMap<string, Partner>,
  lang: Lang,
): TimelineItemSpec {
  const { t, tag } = lang;
  const partners = meeting.partners.flatMap((id) => partnerById.get(id) ?? []);
  const format = t(FORMAT_LABELS[meeting.format]);
  const values = {
    title: localText(meeting, 'title', lang.locale).text,
    day: formatDay(meeting.date, tag),
    format,
  };
  return {
    id: meeting.id,
    kind: 'meeting',
    ...daySpan(meeting.date),
    group: groupOf(meeting, partnerById),
    format: meeting.format,
    label: partners.length === 0 ? format : whoMet(partners, lang),
    detail: partners.length === 0 ? undefined : format,
    title: meeting.partOfDay
      ? t('timeline.meeting-title-part', {
          ...values,
          partOfDay: t(PART_OF_DAY_LABELS[meeting.partOfDay]),
        })
      : t('timeline.meeting-title', values),
  };
}

/** A group's day with more meetings than this shows one fewer and a "+N more" block. */
export const DAY_LIMIT = 10;

/**
 * What the timeline draws for up to AGGREGATE_THRESHOLD meetings: one block
 * per meeting, except that a crowded day in one group shows its first
 * meetings and a "+N more" block that expands it (`expanded` holds
 * `group|day` keys), so no group grows taller than a few rows unasked.
 * The open meeting is always drawn.
 */
export function meetingItems(
  meetings: readonly Meeting[],
  partnerById: ReadonlyMap<string, Partner>,
  { expanded, selectedId }: { expanded: ReadonlySet<string>; selectedId: string | null },
  lang: Lang,
): TimelineItemSpec[] {
  const byGroupDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const key = `${groupOf(meeting, partnerById)}|${meeting.date}`;
    const list = byGroupDay.get(key);
    if (list) list.push(meeting);
    else byGroupDay.set(key, [meeting]);
  }
  const specs: TimelineItemSpec[] = [];
  for (const [key, list] of byGroupDay) {
    if (list.length <= DAY_LIMIT || expanded.has(key)) {
      for (const meeting of list) specs.push(toTimelineItem(meeting, partnerById, lang));
      continue;
    }
    const shown = list.slice(0, DAY_LIMIT - 1);
    const selected = list.find((m) => m.id === selectedId);
    if (selected && !shown.includes(selected)) shown[shown.length - 1] = selected;
    for (const meeting of shown) specs.push(toTimelineItem(meeting, partnerById, lang));
    const hidden = list.length - shown.length;
    const [group, day] = key.split('|') as [TimelineGroupId, string];
    const label = TIMELINE_GROUPS.find((g) => g.id === group)?.label;
    specs.push({
      id: `more:${key}`,
      kind: 'more',
      ...daySpan(day),
      group,
      format: 'other',
      label: lang.t('timeline.more-label', { count: hidden }),
      title: lang.t('timeline.more-title', {
        count: hidden,
        group: label ? lang.t(label) : group,
        day: formatDay(day, lang.tag),
      }),
    });
  }
  return specs;
}

/** Matching meetings per timeline group, for the group labels. */
export function groupCounts(
  meetings: readonly Meeting[],
  partnerById: ReadonlyMap<string, Partner>,
): Map<TimelineGroupId, number> {
  const counts = new Map<TimelineGroupId, number>();
  for (const meeting of meetings) {
    const group = groupOf(meeting, partnerById);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
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

/** The lane of the convention's milestones, below the meetings' rows (`label`: a message key). */
export const MILESTONE_GROUP = { id: 'milestones', label: 'timeline.group.milestones' } as const;

export interface MilestoneItemSpec {
  id: string;
  start: string;
  end: string;
  label: string;
  title: string;
  /** Happened on one unknown day of the span, or is only scheduled: drawn dashed. */
  uncertain: boolean;
}

/**
 * The convention's milestones as bars over their days (a day-unknown one over
 * the whole span it fell in). A milestone without a date (entry into force,
 * not reached) cannot be placed and is left to the convention page.
 */
export function milestoneItems(
  milestones: readonly Milestone[],
  { locale, tag, t }: Lang,
): MilestoneItemSpec[] {
  return milestones.flatMap((milestone) => {
    if (!milestone.date) return [];
    const last = milestone.endDate ?? milestone.date;
    const uncertain = milestone.dateCertainty === 'day-unknown' || milestone.status !== undefined;
    const span = formatDaySpan(milestone.date, last, tag);
    const when =
      milestone.dateCertainty === 'day-unknown'
        ? t('timeline.milestone-day-unknown', { span })
        : span;
    const label = localText(milestone, 'label', locale).text;
    const place = optionalLocalText(milestone, 'place', locale)?.text;
    const title = place
      ? t('timeline.milestone-title-place', { label, when, place })
      : t('timeline.milestone-title', { label, when });
    return [
      {
        id: `milestone:${milestone.id}`,
        ...periodRange({ label, start: milestone.date, end: last }),
        label,
        title:
          milestone.status === 'scheduled'
            ? t('timeline.milestone-scheduled', { title })
            : milestone.status === 'not-reached'
              ? t('timeline.milestone-not-reached', { title })
              : title,
        uncertain,
      },
    ];
  });
}

/** The first and last day the milestones span, to let the timeline zoom out to them. */
export function milestoneExtent(items: readonly MilestoneItemSpec[]): [number, number] | null {
  if (items.length === 0) return null;
  return [
    Math.min(...items.map((i) => Date.parse(i.start))),
    Math.max(...items.map((i) => Date.parse(i.end))),
  ];
}

/** The height of a timeline row with one line of items (or none in view). */
export const MIN_ROW_HEIGHT = 32;
const MIN_ROW = MIN_ROW_HEIGHT;

/**
 * Roughly how tall vis-timeline draws `specs` and `milestones` in `window`
 * (px): the axis, then each row of the groups that have items, as many lines
 * tall as its most crowded day. The page keeps this much room before the
 * timeline has drawn, so the cards below it do not jump down when it does.
 * Measured on the shipped data: within 5 % of the drawn height at 390 and
 * 1440 px (tests/unit/timeline-items.test.ts checks the arithmetic).
 */
export function estimatedCanvasHeight(
  specs: readonly TimelineItemSpec[],
  milestones: readonly MilestoneItemSpec[],
  window: { start: Date; end: Date } | null,
): number {
  const AXIS = 58;
  const LINE = 24;
  const PAD = 6;
  const from = window?.start.getTime() ?? Number.NEGATIVE_INFINITY;
  const to = window?.end.getTime() ?? Number.POSITIVE_INFINITY;
  const shown = (item: { start: string; end: string }) =>
    Date.parse(item.start) < to && Date.parse(item.end) > from;
  const perDay = new Map<string, number>();
  const lines = new Map<TimelineGroupId, number>();
  for (const spec of specs) {
    if (!lines.has(spec.group)) lines.set(spec.group, 0);
    if (!shown(spec)) continue;
    const key = `${spec.group}|${spec.start}`;
    const count = (perDay.get(key) ?? 0) + 1;
    perDay.set(key, count);
    lines.set(spec.group, Math.max(lines.get(spec.group) ?? 0, count));
  }
  let height = AXIS;
  for (const count of lines.values()) height += Math.max(MIN_ROW, count * LINE + PAD);
  if (milestones.length > 0) {
    // Overlapping milestones stack: as many lines as the most that overlap.
    const ends: number[] = [];
    const inView = milestones
      .filter(shown)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (const milestone of inView) {
      const start = Date.parse(milestone.start);
      const free = ends.findIndex((end) => end <= start);
      if (free >= 0) ends[free] = Date.parse(milestone.end);
      else ends.push(Date.parse(milestone.end));
    }
    height += Math.max(MIN_ROW, ends.length * LINE + PAD);
  }
  return height;
}

/** A cheap fingerprint: only items whose drawing changes are sent to the DataSet. */
export function itemSignature(item: TimelineItemSpec): string {
  return `${item.kind}|${item.start}|${item.end}|${item.group}|${item.format}|${item.label}|${item.detail}|${item.title}`;
}

/** The narrowest window a range of days opens at: three days. */
const MIN_WINDOW_MS = 3 * 24 * HOUR;

/**
 * The window that shows the Hanoi days `from`–`to` whole, with a little room
 * either side, and at least three days wide so a single day reads as a day.
 */
export function windowForDays(from: string, to: string): { start: Date; end: Date } {
  let start = Date.parse(at(from, 0));
  let end = Date.parse(at(nextBucket(to, 'day'), 0));
  if (end - start < MIN_WINDOW_MS) {
    const middle = (start + end) / 2;
    start = middle - MIN_WINDOW_MS / 2;
    end = middle + MIN_WINDOW_MS / 2;
  }
  const pad = (end - start) * 0.03 + 2 * HOUR;
  return { start: new Date(start - pad), end: new Date(end + pad) };
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
  lang: Lang,
): TimelineItemSpec[] {
  const first = meetings[0]?.date;
  const last = meetings.at(-1)?.date;
  if (!first || !last) return [];
  const bucket = bucketFor(first, last, { weeks: false });
  const counts = new Map<string, { group: TimelineGroupId; start: string; count: number }>();
  for (const meeting of meetings) {
    const group = groupOf(meeting, partnerById);
    const start = bucketStart(meeting.date, bucket);
    const key = `${group}|${start}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { group, start, count: 1 });
  }
  return [...counts.values()].map(({ group, start, count }) => {
    const endTime = Date.parse(`${nextBucket(start, bucket)}T00:00:00${HANOI_OFFSET}`);
    const period = bucketLabel(start, bucket, 'long', lang);
    return {
      id: `aggregate:${group}:${start}`,
      kind: 'aggregate',
      days: { from: start, to: bucketLastDay(start, bucket) },
      start: `${start}T00:00:00${HANOI_OFFSET}`,
      end: new Date(endTime - BUCKET_GAP_MS[bucket]).toISOString(),
      group,
      format: 'other',
      label: lang.t('timeline.aggregate-label', { count }),
      title: lang.t('timeline.aggregate-title', { count, period }),
    };
  });
}
