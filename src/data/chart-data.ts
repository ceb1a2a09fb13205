import type { Lang, MessageKey } from '../i18n/translate.ts';
import { dayToUtcDate, formatDay, utcFormat } from './dates.ts';
import { type FocusRange, focusRange } from './focus-range.ts';
import { KIND_LABELS } from './labels.ts';
import { localText, partnerLabel } from './localize.ts';
import type { PreparedDataset } from './prepare.ts';
import type { Meeting, PartnerKind } from './schema.ts';
import type { FacetCounts } from './selectors.ts';
import { compareText } from './text.ts';
import { type Bucket, bucketFor, bucketLabel, bucketStart, nextBucket } from './time-buckets.ts';

/** How many topics the chart shows before "Show all". */
export const TOP_TOPICS = 10;

export interface TopicBar {
  id: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Meetings per topic with every filter but the topic filter; largest first. */
export function topicBars(
  prepared: PreparedDataset,
  counts: FacetCounts,
  selected: readonly string[],
  lang: Lang,
): TopicBar[] {
  const compare = compareText(lang.tag);
  return prepared.data.topics
    .map((t) => ({
      id: t.id,
      label: localText(t, 'label', lang.locale).text,
      count: counts.topic.get(t.id) ?? 0,
      selected: selected.includes(t.id),
    }))
    .filter((bar) => bar.count > 0 || bar.selected)
    .sort((a, b) => b.count - a.count || compare(a.label, b.label));
}

/**
 * The bars to draw: all of them, or the first `limit` (the busiest) plus any
 * chosen topic beyond them, so a chosen topic never disappears from the chart.
 */
export function visibleTopics(bars: readonly TopicBar[], showAll: boolean, limit = TOP_TOPICS) {
  if (showAll || bars.length <= limit) return bars;
  return bars.filter((bar, index) => index < limit || bar.selected);
}

export type ActivityKey = PartnerKind | 'none';
export const ACTIVITY_KEYS: readonly ActivityKey[] = ['country', 'organization', 'company', 'none'];
export const ACTIVITY_LABELS: Record<ActivityKey, MessageKey> = {
  ...KIND_LABELS,
  none: 'activity.no-partner',
};

export interface ActivityRow {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  /** "Sat, 25 Oct 2025", "Week of 27 Oct 2025", "October 2025", "2025": table and tooltip. */
  title: string;
  /** The axis label, one entry per line: ["Sat", "25 Oct"]. */
  tick: string[];
  total: number;
  country: number;
  organization: number;
  company: number;
  none: number;
}

export interface Activity {
  bucket: Bucket;
  rows: ActivityRow[];
  /** The focused range of the meetings (see focus-range.ts), null for no meetings. */
  range: FocusRange | null;
  /** Meetings left out because they fall outside the days drawn. */
  outside: number;
}

const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };

function activityLabels(
  start: string,
  bucket: Bucket,
  lang: Lang,
): Pick<ActivityRow, 'title' | 'tick'> {
  const short = bucketLabel(start, bucket, 'short', lang);
  switch (bucket) {
    case 'day': {
      const weekday = utcFormat(lang.tag, WEEKDAY).format(dayToUtcDate(start));
      return { title: formatDay(start, lang.tag), tick: [weekday, short] };
    }
    case 'week':
      return {
        title: bucketLabel(start, 'week', 'long', lang),
        tick: [lang.t('bucket.week-of'), bucketLabel(start, 'day', 'short', lang)],
      };
    case 'month':
      return { title: bucketLabel(start, bucket, 'long', lang), tick: short.split(' ') };
    default:
      return { title: short, tick: [short] };
  }
}

/**
 * Meetings over time, stacked by the kind of their first partner, in the
 * buckets `bucketFor` picks for the span; empty buckets are kept so gaps show
 * as gaps. The span is the focused range the timeline opens on, so one
 * far-off meeting does not squeeze the rest into a few thin bars; `allDates`
 * draws every meeting instead. `meetings` must be in date order.
 */
export function activityOverTime(
  prepared: PreparedDataset,
  meetings: readonly Meeting[],
  lang: Lang,
  { allDates = false } = {},
): Activity {
  const range = focusRange(meetings.map((m) => m.date));
  if (!range) return { bucket: 'day', rows: [], range, outside: 0 };
  const from = allDates ? range.allFrom : range.from;
  const to = allDates ? range.allTo : range.to;
  const bucket = bucketFor(from, to);
  const rows = new Map<string, ActivityRow>();
  const end = bucketStart(to, bucket);
  for (let start = bucketStart(from, bucket); start <= end; start = nextBucket(start, bucket)) {
    rows.set(start, {
      start,
      ...activityLabels(start, bucket, lang),
      total: 0,
      country: 0,
      organization: 0,
      company: 0,
      none: 0,
    });
  }
  let outside = 0;
  for (const meeting of meetings) {
    const row =
      meeting.date < from || meeting.date > to
        ? undefined
        : rows.get(bucketStart(meeting.date, bucket));
    if (!row) {
      outside += 1;
      continue;
    }
    const firstPartner = meeting.partners[0];
    const kind: ActivityKey =
      (firstPartner && prepared.partnerById.get(firstPartner)?.kind) || 'none';
    row[kind] += 1;
    row.total += 1;
  }
  return { bucket, rows: [...rows.values()], range, outside };
}

/**
 * Ticks for a count axis: integers from 0 in steps of 1, 2 or 5 (times a power
 * of ten), at most `most` steps, ending on the first tick at or above `max`,
 * so the axis ends close to the data (a maximum of 5 gives 0–5, not 0–8).
 */
export function countTicks(max: number, most = 6): number[] {
  const top = Math.max(1, Math.ceil(max));
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) {
      const step = base * magnitude;
      const steps = Math.ceil(top / step);
      if (steps <= most) return Array.from({ length: steps + 1 }, (_, i) => i * step);
    }
  }
}

/** The columns of an outcome row, each counting one outcome type. */
export const OUTCOME_SERIES = [
  { key: 'signed', type: 'agreement-signed' },
  { key: 'planned', type: 'agreement-planned' },
  { key: 'commitment', type: 'commitment' },
] as const;

export interface OutcomeRow {
  id: string;
  label: string;
  signed: number;
  planned: number;
  commitment: number;
  total: number;
}

/** Agreements signed, planned and other commitments per partner; busiest first. */
export function outcomesByPartner(
  prepared: PreparedDataset,
  meetings: readonly Meeting[],
  lang: Lang,
  limit = 12,
): OutcomeRow[] {
  const rows = new Map<string, OutcomeRow>();
  for (const meeting of meetings) {
    if (meeting.outcomes.length === 0) continue;
    for (const id of meeting.partners) {
      const partner = prepared.partnerById.get(id);
      if (!partner) continue;
      let row = rows.get(id);
      if (!row) {
        row = {
          id,
          label: partnerLabel(partner, lang.locale),
          signed: 0,
          planned: 0,
          commitment: 0,
          total: 0,
        };
        rows.set(id, row);
      }
      for (const outcome of meeting.outcomes) {
        if (outcome.type === 'agreement-signed') row.signed += 1;
        else if (outcome.type === 'agreement-planned') row.planned += 1;
        else row.commitment += 1;
        row.total += 1;
      }
    }
  }
  return [...rows.values()]
    .sort((a, b) => b.total - a.total || compareText(lang.tag)(a.label, b.label))
    .slice(0, limit);
}
