import { isRealIsoDay } from '../../data/codes.ts';
import { foldText } from '../../data/text.ts';
import type { Locale } from '../../i18n/locales.ts';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;

/** A Vietnamese weekday at the start ("Thứ Bảy", "Th 7", "CN"), diacritics folded away. */
const VI_WEEKDAY =
  /^(?:(?:thu|th)\s*(?:[2-7]|hai|ba|tu|bon|nam|sau|bay)|chu\s*nhat|cn)(?=[\s,.]|$)/;
/** "tháng" / "thg" (folded), the word before a month's number. */
const VI_MONTH_WORD = /^(?:thang|thg|th)$/;
/** Day first, as Vietnamese always writes it: 25/10/2025, 25-10-2025, 25.10.2025. */
const VI_NUMERIC = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealIsoDay(iso) ? iso : null;
}

/** "Sat, 25 Oct 2025", "25 October 2025", "Oct 25, 2025": a month in English words. */
function parseEnglish(text: string): string | null {
  const words = text
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
  return isoOf(year, month, day);
}

/**
 * "Thứ 7, 25 thg 10, 2025" (the app's Vietnamese format), "25 tháng 10 2025",
 * "ngày 25 tháng 10 năm 2025", with or without diacritics; and, in the
 * Vietnamese interface, 25/10/2025 (day first).
 */
function parseVietnamese(text: string, numeric: boolean): string | null {
  const folded = foldText(text);
  const all = VI_NUMERIC.exec(folded);
  if (all) {
    return numeric ? isoOf(Number(all[4]), Number(all[3]), Number(all[1])) : null;
  }
  const words = folded
    .replace(VI_WEEKDAY, '')
    .split(/[\s,.]+/)
    .filter((word) => word !== '' && word !== 'ngay' && word !== 'nam');
  if (words.length !== 4) return null;
  const [day, monthWord, month, year] = words as [string, string, string, string];
  if (!/^\d{1,2}$/.test(day) || !VI_MONTH_WORD.test(monthWord)) return null;
  if (!/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  return isoOf(Number(year), Number(month), Number(day));
}

/**
 * A day typed in the app's own format ("Sat, 25 Oct 2025"; in Vietnamese
 * "Thứ 7, 25 thg 10, 2025"), or close to it ("25 October 2025", "Oct 25, 2025",
 * "25 tháng 10 2025", "2025-10-25"), as YYYY-MM-DD; null when the text names
 * no real day. All-number forms such as 10/11/2025 are refused in English:
 * half the world reads them the other way round. Vietnamese always puts the
 * day first, so the Vietnamese interface takes 25/10/2025. The weekday is ignored.
 */
export function parseDay(text: string, locale: Locale): string | null {
  const trimmed = text.trim();
  if (isRealIsoDay(trimmed)) return trimmed;
  return parseEnglish(trimmed) ?? parseVietnamese(trimmed, locale === 'vi');
}
