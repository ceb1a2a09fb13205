/**
 * The time axis in the interface language. vis-timeline formats its labels
 * with moment, whose only language is English unless locale data is added to
 * the bundle; its `format` option also takes functions, so the labels come
 * from the browser's Intl instead, for any language, at no cost in bytes.
 *
 * vis-timeline hands the functions a moment set to Hanoi time (the `moment`
 * option of the timeline). Its instant, moved by Hanoi's offset and read in
 * UTC, has the Hanoi calendar day and hour: the same days moment showed.
 */
import { utcFormat } from '../../data/dates.ts';
import type { Lang } from '../../i18n/translate.ts';

/** Hanoi is UTC+7 all year (timeline-items.ts: HANOI_OFFSET). */
const HANOI_OFFSET_MS = 7 * 3_600_000;

/** A label function as vis-timeline calls it: a moment (or a Date) and the scale. */
export type AxisLabels = (date: { valueOf(): number }, scale: string, step: number) => string;

type Options = Intl.DateTimeFormatOptions;

const TIME: Options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** What each scale shows, as moment's formats did in English (vis-timeline's TimeStep.FORMAT). */
const MINOR: Record<string, Options> = {
  millisecond: { fractionalSecondDigits: 3 },
  second: { second: 'numeric' },
  minute: TIME,
  hour: TIME,
  // weekday: see `weekdayDay`
  day: { day: 'numeric' },
  // The app never turns vis-timeline's week scale on; it would show the week's first day.
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<string, Options> = {
  millisecond: { ...TIME, second: '2-digit' },
  second: { day: 'numeric', month: 'long', ...TIME },
  minute: { weekday: 'short', day: 'numeric', month: 'long' },
  hour: { weekday: 'short', day: 'numeric', month: 'long' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
};

const WEEKDAY: Record<'short' | 'narrow', Options> = {
  short: { weekday: 'short' },
  narrow: { weekday: 'narrow' },
};

/** The Hanoi wall-clock time of an instant, as a Date to format in UTC. */
function hanoi(date: { valueOf(): number }): Date {
  return new Date(date.valueOf() + HANOI_OFFSET_MS);
}

const weekdayStyles = new Map<string, 'short' | 'narrow'>();

/**
 * The shortest weekday names that still tell the days apart: "T2" … "CN" in
 * Vietnamese, but "Mon" in English, where the narrow "M", "T", "T" do not.
 */
function weekdayStyle(tag: string): 'short' | 'narrow' {
  let style = weekdayStyles.get(tag);
  if (!style) {
    const narrow = utcFormat(tag, WEEKDAY.narrow);
    // 2024-01-01 was a Monday: seven days from it name every weekday once.
    const names = new Set(
      Array.from({ length: 7 }, (_, i) => narrow.format(new Date(Date.UTC(2024, 0, 1 + i)))),
    );
    style = names.size === 7 ? 'narrow' : 'short';
    weekdayStyles.set(tag, style);
  }
  return style;
}

/** "Mon 27" / "T2, 27": a day column that has room for its weekday. */
function weekdayDay(day: Date, { tag, t }: Lang): string {
  return t('timeline.axis-weekday-day', {
    weekday: utcFormat(tag, WEEKDAY[weekdayStyle(tag)]).format(day),
    day: utcFormat(tag, MINOR.day ?? {}).format(day),
  });
}

/** vis-timeline's `format` option for a language. */
export function axisFormat(lang: Lang): { minorLabels: AxisLabels; majorLabels: AxisLabels } {
  return {
    minorLabels: (date, scale) => {
      const day = hanoi(date);
      if (scale === 'weekday') return weekdayDay(day, lang);
      const options = MINOR[scale];
      return options ? utcFormat(lang.tag, options).format(day) : '';
    },
    majorLabels: (date, scale) => {
      const options = MAJOR[scale];
      return options ? utcFormat(lang.tag, options).format(hanoi(date)) : '';
    },
  };
}

const DAY = 24 * 3_600_000;

type Scale = 'day' | 'month' | 'year';

/** The first instant of the Hanoi day, month or year after `time`, or at it. */
function nextBoundary(time: number, scale: Scale): number {
  const day = hanoi(time);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  const d = day.getUTCDate();
  const start =
    scale === 'day' ? Date.UTC(y, m, d) : scale === 'month' ? Date.UTC(y, m, 1) : Date.UTC(y, 0, 1);
  const boundary = start - HANOI_OFFSET_MS;
  if (boundary >= time) return boundary;
  const after =
    scale === 'day'
      ? Date.UTC(y, m, d + 1)
      : scale === 'month'
        ? Date.UTC(y, m + 1, 1)
        : Date.UTC(y + 1, 0, 1);
  return after - HANOI_OFFSET_MS;
}

interface Tick {
  left: number;
  label: string;
}

/** Axis labels as vis-timeline writes them (the same Intl formats), for a window of any length. */
export function previewTicks(
  window: { start: Date; end: Date },
  labels: { minorLabels: AxisLabels; majorLabels: AxisLabels },
): { minor: Tick[]; major: Tick[] } {
  const from = window.start.getTime();
  const to = window.end.getTime();
  const span = to - from;
  if (!(span > 0)) return { minor: [], major: [] };
  const minorScale: Scale = span <= 16 * DAY ? 'day' : span <= 30 * 30 * DAY ? 'month' : 'year';
  const majorScale: Scale | null =
    minorScale === 'day' ? 'month' : minorScale === 'month' ? 'year' : null;
  // vis-timeline names a major label's format after the minor scale it heads.
  const ticks = (scale: Scale, write: AxisLabels): Tick[] => {
    const out: Tick[] = [];
    for (
      let t = nextBoundary(from, scale);
      t < to && out.length < 60;
      t = nextBoundary(t + 1, scale)
    )
      out.push({ left: (t - from) / span, label: write(new Date(t), minorScale, 1) });
    return out;
  };
  const minor = ticks(minorScale, labels.minorLabels);
  // The major label also names the stretch the window opens in, as vis-timeline's does.
  const major = majorScale
    ? [{ left: 0, label: labels.majorLabels(window.start, minorScale, 1) }].concat(
        ticks(majorScale, labels.majorLabels).filter((tick) => tick.left > 0.15),
      )
    : [];
  return { minor, major };
}
