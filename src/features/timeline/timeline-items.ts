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

/** Where the preview puts an item: a share of the window across, a line down its row. */
export interface LaidOutItem {
  id: string;
  /** From the window's start, as a fraction of its width (clipped to 0–1). */
  left: number;
  width: number;
  line: number;
  label: string;
  kind: TimelineItemSpec['kind'] | 'milestone';
  format: Meeting['format'];
  uncertain: boolean;
}

export interface LaidOutRow {
  group: TimelineGroupId | typeof MILESTONE_GROUP.id;
  /** px */
  height: number;
  /** px from the row's top to its first line of items. */
  inset: number;
  /** Lines of items in view (0 for a row with none). */
  lines: number;
  items: LaidOutItem[];
}

/** px: vis-timeline's axis (two label lines), an item's line, a row's padding. */
const AXIS = 58;
const LINE = 24;
const PAD = 6;
/** px: how far down a row's items start (vis-timeline's item margin), or the first row's under a periods' strip. */
const ITEM_MARGIN = 3;
const PERIOD_STRIP = 22;

/**
 * What vis-timeline draws for `specs` and `milestones` in `window`, roughly:
 * the axis, then a row for each group that has items (in the timeline's
 * order, each as many lines tall as its most crowded day in view), then the
 * milestones' lane; with `periodStrip`, the first row starts lower, under the
 * periods' labels. It sizes the room kept before the timeline has drawn (so
 * the cards below it do not jump down when it does) and lays out the preview
 * a phone shows until vis-timeline is built. Measured on the shipped data:
 * within 5 % of the drawn height at 390 and 1440 px
 * (tests/unit/timeline-items.test.ts checks the arithmetic).
 */
export function timelineLayout(
  specs: readonly TimelineItemSpec[],
  milestones: readonly MilestoneItemSpec[],
  window: { start: Date; end: Date } | null,
  periodStrip = false,
): { axis: number; rows: LaidOutRow[]; height: number } {
  const from = window?.start.getTime() ?? Number.NEGATIVE_INFINITY;
  const to = window?.end.getTime() ?? Number.POSITIVE_INFINITY;
  const span = to - from;
  const place = (start: number, end: number) => {
    if (!Number.isFinite(span)) return { left: 0, width: 0 };
    const left = Math.max(0, (start - from) / span);
    return { left, width: Math.max(0, Math.min(1, (end - from) / span) - left) };
  };
  const byGroup = new Map<TimelineGroupId, LaidOutItem[]>();
  const perDay = new Map<string, number>();
  for (const spec of specs) {
    let items = byGroup.get(spec.group);
    if (!items) {
      items = [];
      byGroup.set(spec.group, items);
    }
    const start = Date.parse(spec.start);
    const end = Date.parse(spec.end);
    if (!(start < to && end > from)) continue;
    const key = `${spec.group}|${spec.start}`;
    const line = perDay.get(key) ?? 0;
    perDay.set(key, line + 1);
    items.push({
      id: spec.id,
      ...place(start, end),
      line,
      label: spec.label,
      kind: spec.kind,
      format: spec.format,
      uncertain: false,
    });
  }
  const rowOf = (group: LaidOutRow['group'], items: LaidOutItem[]): LaidOutRow => {
    const lines = items.reduce((most, item) => Math.max(most, item.line + 1), 0);
    return {
      group,
      height: Math.max(MIN_ROW, lines * LINE + PAD),
      inset: ITEM_MARGIN,
      lines,
      items,
    };
  };
  const rows = TIMELINE_GROUPS.flatMap(({ id }) => {
    const items = byGroup.get(id);
    return items ? [rowOf(id, items)] : [];
  });
  if (milestones.length > 0) {
    // Overlapping milestones stack: as many lines as the most that overlap.
    const ends: number[] = [];
    const items: LaidOutItem[] = [];
    const inView = milestones
      .map((m) => ({ m, start: Date.parse(m.start), end: Date.parse(m.end) }))
      .filter(({ start, end }) => start < to && end > from)
      .sort((a, b) => a.start - b.start);
    for (const { m, start, end } of inView) {
      let line = ends.findIndex((last) => last <= start);
      if (line < 0) line = ends.push(end) - 1;
      else ends[line] = end;
      items.push({
        id: m.id,
        ...place(start, end),
        line,
        label: m.label,
        kind: 'milestone',
        format: 'other',
        uncertain: m.uncertain,
      });
    }
    rows.push(rowOf(MILESTONE_GROUP.id, items));
  }
  const first = rows[0];
  if (periodStrip && first) {
    first.inset = PERIOD_STRIP;
    first.height += PERIOD_STRIP - ITEM_MARGIN;
  }
  return { axis: AXIS, rows, height: rows.reduce((sum, row) => sum + row.height, AXIS) };
}

/** How tall vis-timeline draws `specs` and `milestones` in `window` (px): see `timelineLayout`. */
export function estimatedCanvasHeight(
  specs: readonly TimelineItemSpec[],
  milestones: readonly MilestoneItemSpec[],
  window: { start: Date; end: Date } | null,
  periodStrip = false,
): number {
  return timelineLayout(specs, milestones, window, periodStrip).height;
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
