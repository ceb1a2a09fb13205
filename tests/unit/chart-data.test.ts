import { describe, expect, it } from 'vitest';
import {
  activityOverTime,
  countTicks,
  outcomesByPartner,
  type TopicBar,
  visibleTopics,
} from '../../src/data/chart-data.ts';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { labelColumnWidth, labelledTicks } from '../../src/features/charts/chart-layout.ts';
import { EN, readJson } from '../helpers.ts';

const shipped = prepareDataset(readJson<Dataset>('data/meetings.json'));

describe('countTicks', () => {
  it('ends the axis on the data, not past it', () => {
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(countTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(331)).toEqual([0, 100, 200, 300, 400]);
  });

  it('draws an axis for nothing', () => {
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('always covers the maximum within one step, in at most six whole steps', () => {
    for (let max = 1; max <= 3000; max++) {
      const ticks = countTicks(max);
      const step = ticks[1]!;
      const top = ticks.at(-1)!;
      expect(Number.isInteger(step)).toBe(true);
      expect(ticks.length - 1).toBeLessThanOrEqual(6);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(top - max).toBeLessThan(step);
    }
  });
});

describe('visibleTopics', () => {
  const bars: TopicBar[] = Array.from({ length: 14 }, (_, i) => ({
    id: `t${i}`,
    label: `Topic ${i}`,
    count: 20 - i,
    selected: i === 12,
  }));

  it('shows the busiest ten, plus a chosen topic beyond them', () => {
    expect(visibleTopics(bars, false).map((b) => b.id)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `t${i}`),
      't12',
    ]);
  });

  it('shows every topic when asked', () => {
    expect(visibleTopics(bars, true)).toHaveLength(14);
  });
});

describe('activityOverTime', () => {
  it('draws the focused days of the shipped data, one labelled bar per day', () => {
    const activity = activityOverTime(shipped, shipped.meetings, EN);
    expect(activity.bucket).toBe('day');
    expect(activity.rows.map((r) => r.start)).toEqual([
      '2025-10-24',
      '2025-10-25',
      '2025-10-26',
      '2025-10-27',
      '2025-10-28',
    ]);
    const peak = activity.rows.find((r) => r.start === '2025-10-25');
    expect(peak).toMatchObject({ title: 'Sat, 25 Oct 2025', tick: ['Sat', '25 Oct'] });
    const drawn = activity.rows.reduce((sum, r) => sum + r.total, 0);
    expect(activity.outside).toBe(
      shipped.meetings.filter((m) => m.date < '2025-10-24' || m.date > '2025-10-28').length,
    );
    expect(drawn + activity.outside).toBe(shipped.meetings.length);
  });

  it('draws every date when asked, leaving nothing out', () => {
    const activity = activityOverTime(shipped, shipped.meetings, EN, { allDates: true });
    // From the first meeting's bucket to the last one's (weeks, over three months).
    const days = shipped.meetings.map((m) => m.date).sort();
    const weekOf = (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      return date.toISOString().slice(0, 10);
    };
    expect(activity.bucket).toBe('week');
    expect(activity.rows[0]?.start).toBe(weekOf(days[0]!));
    expect(activity.rows.at(-1)?.start).toBe(weekOf(days.at(-1)!));
    expect(activity.outside).toBe(0);
    expect(activity.rows.reduce((sum, r) => sum + r.total, 0)).toBe(shipped.meetings.length);
  });

  it('stacks each meeting under the kind of its first partner', () => {
    for (const row of activityOverTime(shipped, shipped.meetings, EN).rows) {
      expect(row.country + row.organization + row.company + row.none).toBe(row.total);
    }
  });

  it('draws nothing for no meetings', () => {
    expect(activityOverTime(shipped, [], EN)).toMatchObject({ rows: [], outside: 0, range: null });
  });
});

describe('outcomesByPartner', () => {
  it('counts every outcome of the shipped data once per partner', () => {
    const { meetings } = applyFilters(shipped, EMPTY_FILTERS);
    for (const row of outcomesByPartner(shipped, meetings, EN)) {
      expect(row.signed + row.planned + row.commitment).toBe(row.total);
      const expected = meetings
        .filter((m) => m.partners.includes(row.id))
        .reduce((sum, m) => sum + m.outcomes.length, 0);
      expect(row.total).toBe(expected);
    }
  });
});

describe('chart layout', () => {
  it('labels every tick that has room, and otherwise every n-th counted from the peak', () => {
    expect([...labelledTicks(5, 1, 60, 40)]).toEqual([0, 1, 2, 3, 4]);
    const sparse = [...labelledTicks(25, 4, 12, 40)];
    expect(sparse).toContain(4);
    expect(sparse).toEqual([0, 4, 8, 12, 16, 20, 24]);
  });

  it('fits short labels on one line and caps long ones at a share of the width', () => {
    expect(labelColumnWidth(['Cybercrime', 'Training'], 400)).toBe('auto');
    expect(labelColumnWidth(['Science, technology and innovation'], 340, 0.5)).toBe(170);
  });
});
