import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/dates.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import type { Meeting } from '../../src/data/schema.ts';
import { axisFormat, previewTicks } from '../../src/features/timeline/timeline-axis.ts';
import {
  DAY_LIMIT,
  estimatedCanvasHeight,
  groupCounts,
  meetingItems,
  periodRange,
  timelineLayout,
  toTimelineItem,
  windowForDays,
} from '../../src/features/timeline/timeline-items.ts';

import { EN, smallDataset, VI } from '../helpers.ts';

const prepared = prepareDataset(smallDataset());
const item = (id: string) => toTimelineItem(prepared.byId.get(id)!, prepared.partnerById, EN);

describe('timeline item mapping', () => {
  it('draws a meeting as a block on its Hanoi day', () => {
    const spec = item('2025-10-27-poland-talks');
    expect(spec.start).toBe('2025-10-26T19:00:00.000Z'); // 02:00 in Hanoi on the 27th
    expect(spec.end).toBe('2025-10-27T15:00:00.000Z'); // 22:00 in Hanoi on the 27th
  });

  it('labels with who met, then the format; titles with the full title and day', () => {
    expect(item('2025-10-27-poland-talks')).toMatchObject({
      label: 'Poland',
      detail: 'Signing',
      group: 'country',
      format: 'signing',
      title: "Minister meets Poland's digital minister (Mon, 27 Oct 2025, afternoon; Signing)",
    });
    expect(item('2025-10-26-singapore-kaspersky').label).toBe('Singapore and Kaspersky');
  });

  it('groups by the first partner kind and uses the short name of organisations', () => {
    expect(item('2025-10-25-unodc-reception')).toMatchObject({
      group: 'organization',
      label: 'UNODC',
    });
  });

  it('covers whole Hanoi days for a period', () => {
    expect(periodRange({ label: 'x', start: '2025-10-25', end: '2025-10-26' })).toEqual({
      start: '2025-10-25T00:00:00+07:00',
      end: '2025-10-27T00:00:00+07:00',
    });
    expect(periodRange({ label: 'x', start: '2025-12-31', end: '2025-12-31' }).end).toBe(
      '2026-01-01T00:00:00+07:00',
    );
  });

  it('opens a window on whole days, at least three wide', () => {
    const week = windowForDays('2025-10-24', '2025-10-28');
    expect(week.start.getTime()).toBeLessThan(Date.parse('2025-10-24T00:00:00+07:00'));
    expect(week.end.getTime()).toBeGreaterThan(Date.parse('2025-10-29T00:00:00+07:00'));
    const day = windowForDays('2025-10-25', '2025-10-25');
    expect(day.end.getTime() - day.start.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
  });
});

describe('crowded days', () => {
  const poland = prepared.byId.get('2025-10-27-poland-talks')!;
  const crowd: Meeting[] = Array.from({ length: DAY_LIMIT + 4 }, (_, i) => ({
    ...poland,
    id: `crowd-${i}`,
  }));

  it('show their first meetings and a block counting the rest', () => {
    const specs = meetingItems(
      crowd,
      prepared.partnerById,
      { expanded: new Set(), selectedId: null },
      EN,
    );
    expect(specs.filter((s) => s.kind === 'meeting')).toHaveLength(DAY_LIMIT - 1);
    const more = specs.find((s) => s.kind === 'more');
    expect(more).toMatchObject({ label: '+5 more', group: 'country' });
    expect(more?.title).toMatch(/^5 more meetings \(Countries\) on Mon, 27 Oct 2025/);
  });

  it('always draw the open meeting, and everything once expanded', () => {
    const last = `crowd-${DAY_LIMIT + 3}`;
    const withOpen = meetingItems(
      crowd,
      prepared.partnerById,
      { expanded: new Set(), selectedId: last },
      EN,
    );
    expect(withOpen.some((s) => s.id === last)).toBe(true);
    const all = meetingItems(
      crowd,
      prepared.partnerById,
      { expanded: new Set(['country|2025-10-27']), selectedId: null },
      EN,
    );
    expect(all).toHaveLength(crowd.length);
  });

  it('count matching meetings per group for the group labels', () => {
    expect(Object.fromEntries(groupCounts(prepared.meetings, prepared.partnerById))).toEqual({
      country: 2,
      organization: 1,
    });
  });
});

describe('aggregated timeline items', () => {
  it('counts meetings per period and partner kind, with the days to narrow to', async () => {
    const { generateDataset } = await import('../../scripts/cli/generate-dataset.ts');
    const { aggregateItems } = await import('../../src/features/timeline/timeline-items.ts');
    const big = prepareDataset(generateDataset(3000, 3));
    const items = aggregateItems(big.meetings, big.partnerById, EN);
    const total = items.reduce((sum, item) => sum + Number(item.label.replace(/,/g, '')), 0);
    expect(total).toBe(3000);
    expect(items.length).toBeLessThan(3000 / 10);
    const sample = items[0]!;
    expect(sample.kind).toBe('aggregate');
    expect(sample.days!.from <= sample.days!.to).toBe(true);
    expect(sample.title).toMatch(/meetings? in .+; click to show only these dates/);
    // Each period box ends before the next one starts, so they share one row.
    for (const item of items) expect(Date.parse(item.end)).toBeGreaterThan(Date.parse(item.start));
  });
});

describe('estimatedCanvasHeight', () => {
  const day = (d: string) => ({ start: `${d}T01:00:00.000Z`, end: `${d}T16:00:00.000Z` });
  const spec = (id: string, group: 'country' | 'organization', d: string) =>
    ({ id, kind: 'meeting', group, format: 'talks', label: id, title: id, ...day(d) }) as const;
  const window = { start: new Date('2025-10-24T00:00:00Z'), end: new Date('2025-10-28T00:00:00Z') };

  it('counts the axis, then each row as tall as its most crowded day in view', () => {
    const specs = [
      spec('a', 'country', '2025-10-25'),
      spec('b', 'country', '2025-10-25'),
      spec('c', 'country', '2025-10-25'),
      spec('d', 'country', '2025-10-26'),
      // Out of view: its row is still drawn, one line high at least.
      spec('e', 'organization', '2025-11-14'),
    ];
    const milestones = [
      { id: 'm1', ...day('2025-10-25'), label: 'm1', title: 'm1', uncertain: false },
      {
        id: 'm2',
        start: '2025-10-24T00:00:00.000Z',
        end: '2026-12-31T00:00:00.000Z',
        label: 'm2',
        title: 'm2',
        uncertain: false,
      },
      { id: 'm3', ...day('2019-12-27'), label: 'm3', title: 'm3', uncertain: false },
    ];
    // axis 58 + countries 3 lines (3 × 24 + 6) + organisations (at least 32) + two overlapping milestones (2 × 24 + 6)
    expect(estimatedCanvasHeight(specs, milestones, window)).toBe(58 + 78 + 32 + 54);
    expect(estimatedCanvasHeight(specs, [], window)).toBe(58 + 78 + 32);
    // Under a periods' strip, the first row starts 19 px lower.
    expect(estimatedCanvasHeight(specs, [], window, true)).toBe(58 + 78 + 19 + 32);
  });

  it('lays the preview out as vis-timeline stacks: rows in the timeline order, a line per meeting of a day', () => {
    const specs = [
      spec('e', 'organization', '2025-10-25'),
      spec('a', 'country', '2025-10-25'),
      spec('b', 'country', '2025-10-25'),
      spec('d', 'country', '2025-10-26'),
    ];
    const layout = timelineLayout(specs, [], window, true);
    expect(layout.rows.map((row) => row.group)).toEqual(['country', 'organization']);
    const [countries, organisations] = layout.rows;
    expect(countries?.items.map((i) => [i.id, i.line])).toEqual([
      ['a', 0],
      ['b', 1],
      ['d', 0],
    ]);
    expect([countries?.inset, countries?.lines, organisations?.inset]).toEqual([22, 2, 3]);
    // 25 October 01:00 UTC, a day and a bit into a four-day window.
    expect(countries?.items[0]?.left).toBeCloseTo((24 + 1) / 96);
    expect(countries?.items[0]?.width).toBeCloseTo(15 / 96);
    expect(layout.height).toBe(estimatedCanvasHeight(specs, [], window, true));
  });
});

describe('previewTicks', () => {
  const labels = axisFormat(EN);
  it('labels each Hanoi day of a short window, with its month', () => {
    const window = windowForDays('2025-10-24', '2025-10-28');
    const { minor, major } = previewTicks(window, labels);
    // The window's padding reaches into the 29th, as vis-timeline shows it.
    expect(minor.map((t) => t.label)).toEqual(['24', '25', '26', '27', '28', '29']);
    expect(major.map((t) => t.label)).toEqual(['October 2025']);
    // Midnight in Hanoi, not in UTC: the 24th starts just inside the window.
    expect(minor[0]?.left).toBeGreaterThan(0);
    expect(minor[0]?.left).toBeLessThan(0.05);
  });

  it('labels months, then years, as the window grows, in the interface language', () => {
    const months = previewTicks(windowForDays('2025-09-10', '2026-01-20'), axisFormat(VI));
    expect(months.minor.map((t) => t.label)).toContain('Tháng 10');
    expect(months.major.at(-1)?.label).toBe('2026');
    const years = previewTicks(windowForDays('2019-12-27', '2026-01-20'), labels);
    expect(years.minor.map((t) => t.label)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });
});

describe('in Vietnamese', () => {
  it('titles with the day, the part of day and the format in Vietnamese', () => {
    const spec = toTimelineItem(
      prepared.byId.get('2025-10-27-poland-talks')!,
      prepared.partnerById,
      VI,
    );
    expect(spec.detail).toBe('Ký kết');
    expect(spec.title).toContain('buổi chiều');
    expect(spec.title).toContain(formatDay('2025-10-27', VI.tag));
  });
});

describe('time axis labels', () => {
  // Midnight on Monday 27 October in Hanoi is still Sunday the 26th in UTC.
  const hanoiMidnight = new Date('2025-10-27T00:00:00+07:00');

  it('say the Hanoi day, as moment did in English', () => {
    const { minorLabels, majorLabels } = axisFormat(EN);
    expect(minorLabels(hanoiMidnight, 'weekday', 1)).toBe('Mon 27');
    expect(minorLabels(hanoiMidnight, 'day', 1)).toBe('27');
    expect(minorLabels(hanoiMidnight, 'month', 1)).toBe('Oct');
    expect(minorLabels(hanoiMidnight, 'hour', 4)).toBe('00:00');
    expect(majorLabels(hanoiMidnight, 'day', 1)).toBe('October 2025');
    expect(majorLabels(hanoiMidnight, 'month', 1)).toBe('2025');
    expect(majorLabels(hanoiMidnight, 'year', 1)).toBe('');
  });

  it('speak Vietnamese', () => {
    const { minorLabels, majorLabels } = axisFormat(VI);
    expect(minorLabels(hanoiMidnight, 'weekday', 1)).toBe('T2, 27');
    expect(majorLabels(hanoiMidnight, 'day', 1)).toMatch(/^tháng 10/i);
  });
});
