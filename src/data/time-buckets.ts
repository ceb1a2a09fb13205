/**
 * Periods that group meetings over time, shared by the charts (meetings per
 * day/week/month) and the timeline (one counted box per period when there are
 * too many meetings to draw). Days are YYYY-MM-DD strings handled through UTC,
 * so the viewer's time zone never moves a meeting to another day.
 */
import type { Lang } from '../i18n/translate.ts';
import { dayToUtcDate, utcFormat } from './dates.ts';

export type Bucket = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;

/** Days from `first` to `last` (0 for the same day). */
export function daysBetween(first: string, last: string): number {
  return Math.round((dayToUtcDate(last).getTime() - dayToUtcDate(first).getTime()) / DAY_MS);
}

/**
 * The finest bucket that keeps a span to a readable number of periods (about
 * 60 at most): days up to two months, weeks up to about a year, months up to
 * five years, years beyond. `weeks: false` skips weeks (the timeline's axis
 * has no week labels, so a week box would not line up with anything).
 */
export function bucketFor(first: string, last: string, { weeks = true } = {}): Bucket {
  const span = daysBetween(first, last);
  if (span <= 62) return 'day';
  if (weeks && span <= 400) return 'week';
  return span <= 5 * 366 ? 'month' : 'year';
}

/** The first day of the bucket `day` falls in (weeks start on Monday). */
export function bucketStart(day: string, bucket: Bucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  if (bucket === 'year') return `${day.slice(0, 4)}-01-01`;
  const date = dayToUtcDate(day);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS);
  return monday.toISOString().slice(0, 10);
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, bucket: Bucket): string {
  const date = dayToUtcDate(start);
  if (bucket === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (bucket === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** The last day of the bucket starting on `start`. */
export function bucketLastDay(start: string, bucket: Bucket): string {
  const next = dayToUtcDate(nextBucket(start, bucket));
  return new Date(next.getTime() - DAY_MS).toISOString().slice(0, 10);
}

const OPTIONS: Record<'short' | 'long', Record<Bucket, Intl.DateTimeFormatOptions>> = {
  short: {
    day: { day: 'numeric', month: 'short' },
    week: { day: 'numeric', month: 'short' },
    month: { month: 'short', year: 'numeric' },
    year: { year: 'numeric' },
  },
  long: {
    day: { day: 'numeric', month: 'short', year: 'numeric' },
    week: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    year: { year: 'numeric' },
  },
};

/**
 * "25 Oct", "Week of 27 Oct", "Oct 2025", "2025" (short, for chart axes);
 * "25 Oct 2025", "week of 27 Oct 2025", "October 2025", "2025" (long, in sentences).
 */
export function bucketLabel(
  start: string,
  bucket: Bucket,
  style: 'short' | 'long',
  { t, tag }: Lang,
): string {
  const text = utcFormat(tag, OPTIONS[style][bucket]).format(dayToUtcDate(start));
  if (bucket !== 'week') return text;
  return t(style === 'short' ? 'bucket.week-short' : 'bucket.week-long', { day: text });
}
