/**
 * Meeting dates are calendar days in Hanoi. They are handled as plain
 * YYYY-MM-DD strings and formatted through UTC, so the viewer's own time zone
 * can never move a meeting to another day. Every format follows the interface
 * language (`tag` is its Intl tag, "en-GB" or "vi-VN").
 */
const formats = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * A formatter that reads days in UTC, for a language and a set of options:
 * made once per pair (a formatter costs far more to make than to use), so
 * callers keep their options in constants.
 */
export function utcFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byTag = formats.get(options);
  if (!byTag) {
    byTag = new Map();
    formats.set(options, byTag);
  }
  let format = byTag.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
    byTag.set(tag, format);
  }
  return format;
}

const STYLES = {
  /** "Mon, 27 Oct 2025" · "Th 2, 27 thg 10, 2025" */
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Monday, 27 October 2025" · "Thứ Hai, 27 tháng 10, 2025" */
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "27 Oct" */
  short: { day: 'numeric', month: 'short' },
  /** "27 Oct 2025" */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayStyle = keyof typeof STYLES;

export function dayToUtcDate(day: string): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "Mon, 27 Oct 2025" (or the long style: "Monday, 27 October 2025"). */
export function formatDay(day: string, tag: string, style: DayStyle = 'day'): string {
  return utcFormat(tag, STYLES[style]).format(dayToUtcDate(day));
}

/** "25 Oct – 14 Nov 2025", or "25 Oct 2024 – 14 Nov 2025" across years. */
export function formatDaySpan(first: string, last: string, tag: string): string {
  if (first === last) return formatDay(first, tag, 'medium');
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const start = formatDay(first, tag, sameYear ? 'short' : 'medium');
  return `${start} – ${formatDay(last, tag, 'medium')}`;
}
