import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { alpha2ToNumeric, numericToAlpha2 } from '../../src/data/iso-countries.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters, hostCountry } from '../../src/data/selectors.ts';
import { binIndex, binsFor } from '../../src/features/map/map-bins.ts';
import {
  type Box,
  clampView,
  FULL_VIEW,
  HEIGHT,
  hitRadius,
  type LabelCandidate,
  landSpot,
  MAX_ZOOM,
  panBy,
  placeLabels,
  WIDTH,
  zoomAt,
} from '../../src/features/map/map-view.ts';
import smallCountries from '../../src/features/map/small-countries.json';
import { smallDataset } from '../helpers.ts';

describe('country codes', () => {
  it('converts alpha-2 to the numeric ids world-atlas uses, and back', () => {
    expect(alpha2ToNumeric('PL')).toBe('616');
    expect(alpha2ToNumeric('VN')).toBe('704');
    expect(alpha2ToNumeric('SG')).toBe('702');
    expect(numericToAlpha2('616')).toBe('PL');
    expect(numericToAlpha2('36')).toBe('AU');
    expect(alpha2ToNumeric('ZZ')).toBeUndefined();
  });

  it('has a marker position for tiny countries the coarse map lacks', () => {
    const points = smallCountries as Record<string, number[]>;
    for (const code of ['SG', 'MT', 'BH', 'MC']) expect(points[code]).toHaveLength(2);
    const [lon, lat] = points.SG!;
    expect(lon).toBeCloseTo(103.8, 0);
    expect(lat).toBeCloseTo(1.35, 0);
  });
});

describe('map bins', () => {
  it('doubles bin widths and stops at the largest count', () => {
    expect(binsFor(41).map((b) => b.label)).toEqual(['1', '2–3', '4–7', '8–15', '16+']);
    expect(binsFor(3).map((b) => b.label)).toEqual(['1', '2+']);
    expect(binsFor(1).map((b) => b.label)).toEqual(['1']);
    expect(binsFor(0).map((b) => b.label)).toEqual(['1']);
    expect(binsFor(10_000)).toHaveLength(5);
  });

  it('puts each count in its bin', () => {
    const bins = binsFor(41);
    expect(binIndex(0, bins)).toBe(-1);
    expect(binIndex(1, bins)).toBe(0);
    expect(binIndex(3, bins)).toBe(1);
    expect(binIndex(15, bins)).toBe(3);
    expect(binIndex(400, bins)).toBe(4);
  });
});

describe('map zoom and pan', () => {
  it('zooms around a point, keeping it where it was on screen', () => {
    const at: [number, number] = [300, 100];
    const view = zoomAt(FULL_VIEW, 2, at);
    expect(view.k).toBe(2);
    // The point's position as a fraction of the visible width and height is unchanged.
    expect((at[0] - view.x) / (WIDTH / view.k)).toBeCloseTo(at[0] / WIDTH);
    expect((at[1] - view.y) / (HEIGHT / view.k)).toBeCloseTo(at[1] / HEIGHT);
  });

  it('never zooms out past the whole world or in past the limit, nor pans off the map', () => {
    expect(zoomAt(FULL_VIEW, 0.5, [10, 10])).toEqual(FULL_VIEW);
    expect(zoomAt(FULL_VIEW, 1000, [10, 10]).k).toBe(MAX_ZOOM);
    expect(panBy(FULL_VIEW, 50, 50)).toEqual(FULL_VIEW);
    const zoomed = clampView({ k: 2, x: 2000, y: -40 });
    expect(zoomed).toEqual({ k: 2, x: WIDTH / 2, y: 0 });
  });

  it('gives a small partner a 24 px target at any scale, and leaves big ones alone', () => {
    const tiny: Box = [
      [100, 100],
      [104, 103],
    ];
    for (const pxPerUnit of [0.37, 1.06, 8]) {
      const r = hitRadius(tiny, pxPerUnit);
      expect((r ?? 0) * 2 * pxPerUnit).toBeGreaterThanOrEqual(24);
    }
    const big: Box = [
      [0, 0],
      [200, 100],
    ];
    expect(hitRadius(big, 1)).toBeNull();
    // The same country is small on a phone.
    expect(hitRadius(big, 0.2)).not.toBeNull();
  });
});

describe('map labels', () => {
  it('puts a label on land when the centroid of a crescent lies in the sea', () => {
    // A "U": the centroid (15, ~16) falls in the gap between its arms.
    const u: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 20],
      [20, 20],
      [20, 0],
      [30, 0],
      [30, 30],
      [0, 30],
    ];
    const { at, box } = landSpot([u], [15, 16]);
    expect(at).toEqual([5, 16]);
    // The room around it stays on the arm: 10 wide, and as far up as down.
    expect(box).toEqual([
      [0, 2],
      [10, 30],
    ]);
  });

  const country = (code: string, text: string, x: number, width: number): LabelCandidate => ({
    code,
    text,
    at: [x, 100],
    box: [
      [x - width / 2, 80],
      [x + width / 2, 120],
    ],
  });

  it('labels the countries whose name fits inside them, biggest first, without overlaps', () => {
    const placed = placeLabels(
      [
        country('AU', 'Australia', 300, 120),
        // Too narrow for its name.
        country('AZ', 'Azerbaijan', 600, 20),
        // Would sit on top of Australia's label.
        country('XX', 'Overlap', 310, 100),
      ],
      FULL_VIEW,
      1,
      11,
    );
    expect(placed.map((l) => l.code)).toEqual(['AU']);
  });

  it('labels more countries as the map zooms in, and none outside the view', () => {
    const azerbaijan = country('AZ', 'Azerbaijan', 600, 20);
    expect(placeLabels([azerbaijan], FULL_VIEW, 1, 11)).toHaveLength(0);
    const zoomed = zoomAt(FULL_VIEW, 4, azerbaijan.at);
    expect(placeLabels([azerbaijan], zoomed, 4, 11)).toHaveLength(1);
    const elsewhere = zoomAt(FULL_VIEW, 4, [50, 400]);
    expect(placeLabels([azerbaijan], elsewhere, 4, 11)).toHaveLength(0);
  });
});

describe('map counts', () => {
  const prepared = prepareDataset(smallDataset());

  it('counts meetings per country with every filter but the country filter', () => {
    const { facetCounts } = applyFilters(prepared, {
      ...EMPTY_FILTERS,
      country: ['PL'],
      topic: ['cybercrime'],
    });
    expect(facetCounts.country.get('PL')).toBe(1);
    expect(facetCounts.country.get('SG')).toBe(1);
    // Kaspersky's home country counts too.
    expect(facetCounts.country.get('RU')).toBe(1);
    const drugs = applyFilters(prepared, { ...EMPTY_FILTERS, topic: ['drug-trafficking'] });
    expect(drugs.facetCounts.country.size).toBe(0);
    expect(drugs.facetCounts.partner.get('unodc')).toBe(1);
  });

  it('finds the host country from the meetings', () => {
    expect(hostCountry(prepared)).toBe('VN');
  });
});

describe('country names', () => {
  it('writes Viet Nam as the UN and its government do, and other names from the browser', async () => {
    const { countryName } = await import('../../src/data/localize.ts');
    expect(countryName('VN', 'en')).toBe('Viet Nam');
    expect(countryName('PL', 'en')).toBe('Poland');
    expect(countryName('XK', 'en')).toBe('Kosovo');
  });
});
