import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../src/data/prepare.ts';
import {
  periodRange,
  toTimelineItem,
  windowFor,
} from '../../src/features/timeline/timeline-items.ts';
import { smallDataset } from '../helpers.ts';

const prepared = prepareDataset(smallDataset());
const item = (id: string) => toTimelineItem(prepared.byId.get(id)!, prepared.partnerById);

describe('timeline item mapping', () => {
  it('places a meeting on its Hanoi day, in its part of the day', () => {
    const spec = item('2025-10-27-poland-talks');
    expect(spec.start).toBe('2025-10-27T13:00:00+07:00');
    expect(new Date(spec.start).toISOString()).toBe('2025-10-27T06:00:00.000Z');
  });

  it('labels with partners and format, titles with the full meeting title', () => {
    expect(item('2025-10-27-poland-talks')).toMatchObject({
      label: 'Poland · Signing',
      group: 'country',
      format: 'signing',
      title: "Minister meets Poland's digital minister (2025-10-27, afternoon)",
    });
    expect(item('2025-10-26-singapore-kaspersky').label).toBe('Singapore & Kaspersky · Side event');
  });

  it('groups by the first partner kind and uses the short name of organisations', () => {
    expect(item('2025-10-25-unodc-reception')).toMatchObject({
      group: 'organization',
      label: 'UNODC · Reception',
      start: '2025-10-25T08:00:00+07:00',
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

  it('fits a window around every item with room for labels', () => {
    const specs = prepared.meetings.map((m) => toTimelineItem(m, prepared.partnerById));
    const range = windowFor(specs)!;
    for (const spec of specs) {
      expect(range.start.getTime()).toBeLessThan(Date.parse(spec.start));
      expect(range.end.getTime()).toBeGreaterThan(Date.parse(spec.start) + 12 * 3_600_000);
    }
    expect(windowFor([])).toBeNull();
  });
});

describe('aggregated timeline items', () => {
  it('counts meetings per period and partner kind, with the days to narrow to', async () => {
    const { generateDataset } = await import('../../scripts/cli/generate-dataset.ts');
    const { aggregateItems } = await import('../../src/features/timeline/timeline-items.ts');
    const big = prepareDataset(generateDataset(3000, 3));
    const items = aggregateItems(big.meetings, big.partnerById);
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
