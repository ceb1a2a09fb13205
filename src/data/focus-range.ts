/**
 * The days that hold the bulk of a set of meetings, so the timeline and the
 * per-day chart open where the meetings are instead of stretching to fit one
 * far-off meeting. Shared by both views so they always agree.
 */
import { daysBetween } from './time-buckets.ts';

const DAY_MS = 86_400_000;

export interface FocusRange {
  /** First and last day (YYYY-MM-DD, inclusive) of the focused range. */
  from: string;
  to: string;
  /** First and last day of all the meetings. */
  allFrom: string;
  allTo: string;
  /** How many meetings fall outside the focused range (0: it shows them all). */
  outside: number;
}

/** Spans up to this many days are shown whole: nothing there is far off. */
const WHOLE_SPAN_DAYS = 14;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The focused range of `days` (one entry per meeting, sorted ascending).
 * The core is the shortest run of days that holds 80 % of the meetings (the
 * most central, if several are as short); meetings within a quarter of the core's
 * length of it (at least two days) join it, the rest are outliers. The
 * shortest run, not the middle 80 %: a tail of follow-up meetings months later
 * must not stretch the core away from the days where most meetings are.
 * Returns null for no meetings.
 */
export function focusRange(days: readonly string[]): FocusRange | null {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return null;
  const whole = { from: first, to: last, allFrom: first, allTo: last, outside: 0 };
  if (daysBetween(first, last) <= WHOLE_SPAN_DAYS) return whole;
  const n = days.length;
  const k = Math.max(1, Math.ceil(n * 0.8));
  let low = first;
  let high = last;
  let shortest = Number.POSITIVE_INFINITY;
  let chosen = 0;
  const middle = (n - k) / 2;
  for (let i = 0; i + k - 1 < n; i++) {
    const start = days[i] ?? first;
    const end = days[i + k - 1] ?? last;
    const length = daysBetween(start, end);
    // Of equally short runs, the most central: evenly spread meetings stay whole.
    if (
      length < shortest ||
      (length === shortest && Math.abs(i - middle) < Math.abs(chosen - middle))
    ) {
      shortest = length;
      chosen = i;
      low = start;
      high = end;
    }
  }
  const reach = Math.max(2, Math.ceil(daysBetween(low, high) / 4));
  const lowest = addDays(low, -reach);
  const highest = addDays(high, reach);
  let from = last;
  let to = first;
  let outside = 0;
  for (const day of days) {
    if (day < lowest || day > highest) {
      outside += 1;
      continue;
    }
    if (day < from) from = day;
    if (day > to) to = day;
  }
  return { ...whole, from, to, outside };
}
