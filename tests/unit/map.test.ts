import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { alpha2ToNumeric, numericToAlpha2 } from '../../src/data/iso-countries.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters, hostCountry } from '../../src/data/selectors.ts';
import { binIndex, binsFor } from '../../src/features/map/map-bins.ts';
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
    const { countryName } = await import('../../src/data/labels.ts');
    expect(countryName('VN')).toBe('Viet Nam');
    expect(countryName('PL')).toBe('Poland');
    expect(countryName('XK')).toBe('Kosovo');
  });
});
