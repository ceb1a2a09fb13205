/**
 * Meeting dates are calendar days in Hanoi. They are handled as plain
 * YYYY-MM-DD strings and formatted through UTC, so the viewer's own time zone
 * can never move a meeting to another day.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const shortFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});
const longFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export function dayToUtcDate(day: string): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "Mon, 27 Oct 2025" */
export function formatDay(day: string): string {
  return dayFormat.format(dayToUtcDate(day));
}

/** "25 Oct – 14 Nov 2025", or "25 Oct 2024 – 14 Nov 2025" across years. */
export function formatDaySpan(first: string, last: string): string {
  if (first === last) return longFormat.format(dayToUtcDate(first));
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const start = (sameYear ? shortFormat : longFormat).format(dayToUtcDate(first));
  return `${start} – ${longFormat.format(dayToUtcDate(last))}`;
}
