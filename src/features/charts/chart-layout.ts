/** Height of the meetings-over-time chart (and of its placeholder). */
export const ACTIVITY_HEIGHT = 240;

/** Space per bar of a horizontal bar chart. */
const ROW_HEIGHT = 28;

/**
 * Height of a horizontal bar chart (and of its placeholder) with `rows` bars,
 * plus room for a number axis under them when it has one.
 */
export function chartHeight(rows: number, { axis = true } = {}): number {
  return Math.max(axis ? 90 : 60, rows * ROW_HEIGHT + (axis ? 36 : 8));
}

/** Axis label size in px, and the widest a character of it may be ("M", "W"). */
export const LABEL_PX = 12;
const CHAR_WIDTH = 0.75 * LABEL_PX;

/** The average width of a character of a date tick ("Sat", "25 Oct"). */
const TICK_CHAR_WIDTH = 0.6 * LABEL_PX;

/** Space between a bar chart's label column and its bars. */
const LABEL_GAP = 16;

/**
 * Width of the label column of a horizontal bar chart. 'auto' (recharts
 * measures the labels and fits them, each on one line) when even the widest
 * characters would fit in `share` of the chart's width; otherwise that share,
 * and recharts wraps a longer label onto two lines.
 */
export function labelColumnWidth(
  labels: readonly string[],
  chartWidth: number,
  share = 0.5,
): number | 'auto' {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  const most = Math.round(chartWidth * share);
  return longest * CHAR_WIDTH + LABEL_GAP <= most ? 'auto' : most;
}

/**
 * The width a label of that column wraps at: recharts wraps at the column's
 * full width but draws the label after the tick mark, so a label just under
 * that width would stick out of the chart.
 */
export function labelWrapWidth(column: number | 'auto'): { width?: number } {
  return column === 'auto' ? {} : { width: column - LABEL_GAP };
}

/** Width in px a tick label of these lines needs, with a gap to its neighbours. */
export function tickWidth(lines: readonly string[]): number {
  return lines.reduce((most, line) => Math.max(most, line.length), 0) * TICK_CHAR_WIDTH + 10;
}

/** Width in px a number, as written, above a bar needs to stay clear of its neighbours'. */
export function numberWidth(written: string): number {
  return written.length * TICK_CHAR_WIDTH + 4;
}

/**
 * Which of `count` evenly spaced ticks to label: all of them when each has
 * `need` px of its `slot`; otherwise every n-th, counted from the `peak` so the
 * busiest period is always labelled.
 */
export function labelledTicks(count: number, peak: number, slot: number, need: number) {
  const step = Math.max(1, Math.ceil(need / Math.max(slot, 1)));
  const labelled = new Set<number>();
  for (let index = peak % step; index < count; index += step) labelled.add(index);
  return labelled;
}

/**
 * recharts copies a row's `id` onto the SVG element's id attribute; dataset ids
 * must never become DOM ids (they could clash with the page's own), so rename it.
 */
export function chartRow<T extends { id: string }>({ id, ...rest }: T) {
  return { ...rest, rowId: id };
}
