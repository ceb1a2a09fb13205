import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/dates.ts';
import { parseDay } from '../../src/features/filters/parse-day.ts';

describe('parseDay', () => {
  it('reads ISO days and English words in either interface language', () => {
    for (const locale of ['en', 'vi'] as const) {
      expect(parseDay('2025-10-25', locale)).toBe('2025-10-25');
      expect(parseDay('Sat, 25 Oct 2025', locale)).toBe('2025-10-25');
      expect(parseDay('25 October 2025', locale)).toBe('2025-10-25');
      expect(parseDay('Oct 25, 2025', locale)).toBe('2025-10-25');
      expect(parseDay('Thu 3 Oct 2024', locale)).toBe('2024-10-03');
    }
  });

  it('reads the Vietnamese forms, with or without diacritics', () => {
    for (const text of [
      'Thứ 7, 25 thg 10, 2025',
      'Th 7, 25 thg 10, 2025',
      'Thứ Bảy, 25 tháng 10, 2025',
      '25 tháng 10 2025',
      'ngày 25 tháng 10 năm 2025',
      '25 thang 10 nam 2025',
    ]) {
      expect(parseDay(text, 'vi'), text).toBe('2025-10-25');
    }
    expect(parseDay('CN, 26 thg 10, 2025', 'vi')).toBe('2025-10-26');
    expect(parseDay('Thứ Năm, 23 tháng 10, 2025', 'vi')).toBe('2025-10-23');
  });

  it('reads every day as the page shows it, in both languages', () => {
    for (const day of ['2025-01-01', '2025-10-25', '2025-10-26', '2026-12-31', '2024-02-29']) {
      for (const [locale, tag] of [
        ['en', 'en-GB'],
        ['vi', 'vi-VN'],
      ] as const) {
        for (const style of ['day', 'long', 'medium'] as const) {
          expect(parseDay(formatDay(day, tag, style), locale)).toBe(day);
        }
      }
    }
  });

  it('takes all-number days only in Vietnamese, which always puts the day first', () => {
    expect(parseDay('10/11/2025', 'en')).toBeNull();
    expect(parseDay('25/10/2025', 'en')).toBeNull();
    expect(parseDay('25/10/2025', 'vi')).toBe('2025-10-25');
    expect(parseDay('3.4.2025', 'vi')).toBe('2025-04-03');
    expect(parseDay('25/10-2025', 'vi')).toBeNull();
  });

  it('refuses days that do not exist and text that names no day', () => {
    expect(parseDay('31/02/2025', 'vi')).toBeNull();
    expect(parseDay('30 Feb 2025', 'en')).toBeNull();
    expect(parseDay('32 tháng 1 2025', 'vi')).toBeNull();
    expect(parseDay('25 tháng 13 2025', 'vi')).toBeNull();
    expect(parseDay('October 2025', 'en')).toBeNull();
    expect(parseDay('tháng 10 2025', 'vi')).toBeNull();
    expect(parseDay('', 'vi')).toBeNull();
  });
});
