/** Height of the meetings-over-time chart (and of its placeholder). */
export const ACTIVITY_HEIGHT = 240;

/** Height of a horizontal bar chart (and of its placeholder) with `rows` bars. */
export function chartHeight(rows: number): number {
  return Math.max(120, rows * 26 + 40);
}

/**
 * recharts copies a row's `id` onto the SVG element's id attribute; dataset ids
 * must never become DOM ids (they could clash with the page's own), so rename it.
 */
export function chartRow<T extends { id: string }>({ id, ...rest }: T) {
  return { ...rest, rowId: id };
}
