import { isRealIsoDay } from '../../data/codes.ts';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;

/**
 * A day typed in the app's own format ("Sat, 25 Oct 2025"), or close to it
 * ("25 October 2025", "Oct 25, 2025", "2025-10-25"), as YYYY-MM-DD; null when
 * the text names no real day. All-number forms such as 10/11/2025 are refused:
 * half the world reads them the other way round. The weekday is ignored.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (isRealIsoDay(trimmed)) return trimmed;
  const words = trimmed
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((word) => word !== '' && !WEEKDAY.test(word));
  if (words.length !== 3) return null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const word of words) {
    if (/^\d{4}$/.test(word) && year === null) year = Number(word);
    else if (/^\d{1,2}$/.test(word) && day === null) day = Number(word);
    else if (month === null && MONTH.test(word)) month = MONTHS.indexOf(word.slice(0, 3)) / 3 + 1;
    else return null;
  }
  if (day === null || month === null || year === null) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealIsoDay(iso) ? iso : null;
}
