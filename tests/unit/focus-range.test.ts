import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { focusRange } from '../../src/data/focus-range.ts';

describe('focusRange', () => {
  it('opens the shipped meetings on the ceremony days, leaving the far-off ones out', () => {
    const data = JSON.parse(readFileSync('data/meetings.json', 'utf8')) as {
      meetings: { date: string }[];
    };
    const days = data.meetings.map((m) => m.date).sort();
    const range = focusRange(days);
    expect(range).toMatchObject({
      from: '2025-10-24',
      to: '2025-10-28',
      allFrom: days[0],
      allTo: days.at(-1),
    });
    expect(range?.outside).toBe(days.filter((d) => d < '2025-10-24' || d > '2025-10-28').length);
    expect(range?.outside).toBeGreaterThan(0);
  });

  it('is not pulled away from the busy days by a tail of later follow-ups', () => {
    // 10 % of the meetings spread over the following months: the middle 80 %
    // would reach into that tail, the shortest run holding 80 % does not.
    const busy = Array.from({ length: 36 }, (_, i) => `2025-10-${String(24 + (i % 4))}`);
    const tail = [
      '2025-10-20',
      '2025-11-14',
      '2025-11-17',
      '2025-11-24',
      '2025-12-17',
      '2026-01-26',
    ];
    const days = [...busy, ...tail].sort();
    expect(focusRange(days)).toMatchObject({ from: '2025-10-24', to: '2025-10-27', outside: 6 });
  });

  it('keeps a short span whole', () => {
    expect(focusRange(['2025-01-01', '2025-01-10'])).toMatchObject({
      from: '2025-01-01',
      to: '2025-01-10',
      outside: 0,
    });
  });

  it('keeps evenly spread meetings whole', () => {
    const days = Array.from({ length: 100 }, (_, i) =>
      new Date(Date.UTC(2020, 0, 1 + i * 7)).toISOString().slice(0, 10),
    );
    expect(focusRange(days)).toMatchObject({ from: days[0], to: days.at(-1), outside: 0 });
  });

  it('says nothing for no meetings', () => {
    expect(focusRange([])).toBeNull();
  });
});
