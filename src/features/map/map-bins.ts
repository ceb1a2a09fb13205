/**
 * Shading classes for meeting counts: 1, 2–3, 4–7, 8–15, … doubling, so a few
 * busy partners do not wash out everyone else. Only as many bins as the
 * largest count needs.
 */
export interface Bin {
  /** Inclusive bounds; `max` is null for the open-ended top bin. */
  min: number;
  max: number | null;
  label: string;
}

export const MAX_BINS = 5;

export function binsFor(maxCount: number): Bin[] {
  const top = Math.max(1, maxCount);
  const bins: Bin[] = [];
  for (let min = 1; min <= top && bins.length < MAX_BINS; min *= 2) {
    const isLast = min * 2 > top || bins.length === MAX_BINS - 1;
    const max = isLast ? null : min * 2 - 1;
    const label =
      max === null
        ? min === top
          ? `${min}`
          : `${min}+`
        : max === min
          ? `${min}`
          : `${min}–${max}`;
    bins.push({ min, max, label });
  }
  return bins;
}

/** Index of the bin a count falls in; -1 for no meetings. */
export function binIndex(count: number, bins: readonly Bin[]): number {
  if (count <= 0) return -1;
  return bins.findIndex((bin) => count >= bin.min && (bin.max === null || count <= bin.max));
}
