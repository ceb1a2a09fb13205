import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/cli/generate-dataset.ts';
import { MEETING_FORMATS } from '../../src/data/codes.ts';
import { FACET_KEYS } from '../../src/data/facets.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { type Dataset, validateDataset } from '../../src/data/schema.ts';
import { applyFilters, facetOptions, neighbours, summarize } from '../../src/data/selectors.ts';
import { foldText } from '../../src/data/text.ts';
import { EN, readJson, smallDataset } from '../helpers.ts';

const prepared = prepareDataset(smallDataset());
const ids = (filters: Partial<Filters>) =>
  applyFilters(prepared, { ...EMPTY_FILTERS, ...filters }).meetings.map((m) => m.id);

describe('foldText', () => {
  it('ignores case and Vietnamese diacritics, including đ', () => {
    expect(foldText('Lương Tam Quang')).toBe('luong tam quang');
    expect(foldText('PHẠM MINH CHÍNH')).toBe('pham minh chinh');
    expect(foldText('Đống Đa')).toBe('dong da');
  });
});

describe('search in both languages (the shipped data)', () => {
  const shipped = prepareDataset(readJson<Dataset>('data/meetings.json'));
  const found = (q: string) =>
    applyFilters(shipped, { ...EMPTY_FILTERS, q })
      .meetings.map((m) => m.id)
      .sort();
  const withCountry = (code: string) =>
    shipped.meetings
      .filter((m) => m.partners.some((id) => shipped.partnerById.get(id)?.country === code))
      .map((m) => m.id)
      .sort();

  it('finds a country by its Vietnamese or English name, with or without diacritics', () => {
    const poland = withCountry('PL');
    expect(poland.length).toBeGreaterThan(0);
    for (const q of ['ba lan', 'Ba Lan', 'BA LAN', 'Poland']) expect(found(q), q).toEqual(poland);
    // Written by syllable with a hyphen in Vietnamese.
    expect(found('ma roc')).toEqual(found('Ma-rốc'));
    expect(found('ma roc')).toEqual(found('Morocco'));
  });

  it('reads a one-syllable Vietnamese word whole: "nga" (Russia) is not "ngày" (day)', () => {
    const russia = withCountry('RU');
    expect(found('nga')).toEqual(expect.arrayContaining(russia));
    expect(found('nga').length).toBeLessThan(russia.length + 3);
  });

  it('still finds words apart, and words cut short', () => {
    expect(found('luong quang')).toEqual(found('Lương Tam Quang'));
    expect(found('minist').length).toBeGreaterThan(found('ministry').length);
    expect(found('kasper')).toEqual(found('Kaspersky'));
  });
});

describe('applyFilters', () => {
  it('lists every meeting in date order without filters', () => {
    expect(ids({})).toEqual([
      '2025-10-25-unodc-reception',
      '2025-10-26-singapore-kaspersky',
      '2025-10-27-poland-talks',
    ]);
  });

  it('filters by partner country; a company counts for its home country', () => {
    expect(ids({ country: ['PL'] })).toEqual(['2025-10-27-poland-talks']);
    expect(ids({ country: ['RU'] })).toEqual(['2025-10-26-singapore-kaspersky']);
    expect(ids({ country: ['PL', 'SG'] })).toHaveLength(2);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    expect(ids({ topic: ['cybercrime'], kind: ['organization'] })).toEqual([]);
    expect(ids({ topic: ['cybercrime', 'drug-trafficking'], kind: ['organization'] })).toEqual([
      '2025-10-25-unodc-reception',
    ]);
  });

  it('finds people without diacritics, in any case', () => {
    expect(ids({ q: 'luong tam quang' })).toEqual(['2025-10-27-poland-talks']);
    expect(ids({ q: 'PHAM minh' })).toEqual(['2025-10-25-unodc-reception']);
    expect(ids({ q: 'unodc drugs' })).toEqual(['2025-10-25-unodc-reception']);
    expect(ids({ q: 'training' })).toEqual(['2025-10-27-poland-talks']);
  });

  it('keeps the date range inclusive', () => {
    expect(ids({ from: '2025-10-26', to: '2025-10-26' })).toEqual([
      '2025-10-26-singapore-kaspersky',
    ]);
    expect(ids({ from: '2025-10-26' })).toHaveLength(2);
    expect(ids({ to: '2025-10-25' })).toHaveLength(1);
  });

  it('computes facet counts with every other filter applied', () => {
    const { facetCounts } = applyFilters(prepared, { ...EMPTY_FILTERS, country: ['PL'] });
    // The country facet ignores its own choice...
    expect(facetCounts.country.get('SG')).toBe(1);
    expect(facetCounts.country.get('PL')).toBe(1);
    // ...while the other facets only see Poland's meeting.
    expect(facetCounts.topic.get('cybercrime')).toBe(1);
    expect(facetCounts.topic.get('drug-trafficking')).toBeUndefined();
    expect(facetCounts.kind.get('company')).toBeUndefined();
  });

  it('matches nothing for a value the data does not have, alone or beside one it has', () => {
    expect(ids({ country: ['ZZ'] })).toEqual([]);
    expect(ids({ country: ['ZZ', 'PL'] })).toEqual(['2025-10-27-poland-talks']);
    // The facet still counts its options as if it were not chosen.
    const { facetCounts } = applyFilters(prepared, { ...EMPTY_FILTERS, country: ['ZZ'] });
    expect(facetCounts.country.get('PL')).toBe(1);
    expect(facetCounts.topic.size).toBe(0);
  });
});

describe('summarize and neighbours', () => {
  it('summarises the dataset', () => {
    expect(summarize(prepared)).toEqual({
      meetings: 3,
      partners: 4,
      firstDay: '2025-10-25',
      lastDay: '2025-10-27',
    });
  });

  it('finds previous and next meetings', () => {
    const list = prepared.meetings;
    expect(neighbours(list, '2025-10-26-singapore-kaspersky').previous?.id).toBe(
      '2025-10-25-unodc-reception',
    );
    expect(neighbours(list, '2025-10-27-poland-talks').next).toBeNull();
    expect(neighbours(list, 'missing').position).toBe(-1);
  });
});

describe('a generated dataset of 10,000 meetings', () => {
  const big = generateDataset(10_000, 7);
  const bigPrepared = prepareDataset(big);

  it('is valid', () => {
    expect(validateDataset(big).ok).toBe(true);
  });

  it('gives facet counts that agree with filtering each value alone', () => {
    const filters: Filters = { ...EMPTY_FILTERS, topic: ['cybercrime'], kind: ['country'] };
    const { facetCounts, meetings } = applyFilters(bigPrepared, filters);
    for (const code of ['PL', 'SG', 'MT']) {
      const alone = applyFilters(bigPrepared, { ...filters, country: [code] }).meetings.length;
      expect(facetCounts.country.get(code) ?? 0).toBe(alone);
    }
    const topicAlone = applyFilters(bigPrepared, { ...filters, topic: ['training'] }).meetings
      .length;
    expect(facetCounts.topic.get('training') ?? 0).toBe(topicAlone);
    expect(meetings.every((m) => m.topics.includes('cybercrime'))).toBe(true);
  });

  it('finds diacritic-free queries across thousands of meetings', () => {
    const hits = applyFilters(bigPrepared, { ...EMPTY_FILTERS, q: 'luong tam quang' }).meetings;
    expect(hits.length).toBeGreaterThan(100);
    expect(hits.every((m) => m.vietnamSide.some((p) => p.name === 'Lương Tam Quang'))).toBe(true);
  });
});

describe('facetOptions', () => {
  const options = (filters: Partial<Filters>) => {
    const full = { ...EMPTY_FILTERS, ...filters };
    return facetOptions(prepared, applyFilters(prepared, full).facetCounts, full, EN);
  };

  it('offers every facet of the registry, with counts under the other filters', () => {
    const all = options({ topic: ['drug-trafficking'] });
    expect(Object.keys(all)).toEqual(FACET_KEYS);
    expect(all.country.map((o) => `${o.label} ${o.count}`)).toEqual([
      'Poland 0',
      'Russia 0',
      'Singapore 0',
    ]);
    // The topic facet ignores its own choice: each topic counts as if chosen alone.
    expect(all.topic.map((o) => `${o.label} ${o.count}`)).toEqual([
      'Cybercrime 2',
      'Drug trafficking 1',
      'Training 1',
      'Unused topic 0',
    ]);
    expect(all.kind.map((o) => o.value)).toEqual(['country', 'organization', 'company']);
    expect(all.partner.map((o) => o.label)).toEqual(['Kaspersky', 'UNODC']);
    // Only the formats the dataset has, in the registry's order.
    expect(all.format.map((o) => o.value)).toEqual(
      MEETING_FORMATS.filter((f) => prepared.meetings.some((m) => m.format === f)),
    );
  });

  it('filters by meeting format, and counts the other formats as alternatives', () => {
    const format = prepared.meetings[0]!.format;
    const result = applyFilters(prepared, { ...EMPTY_FILTERS, format: [format] });
    expect(result.meetings.every((m) => m.format === format)).toBe(true);
    expect(result.meetings.length).toBe(
      prepared.meetings.filter((m) => m.format === format).length,
    );
    for (const m of prepared.meetings)
      expect(result.facetCounts.format.get(m.format)).toBeGreaterThan(0);
  });

  it('filters by the convention status of partners, and offers it only with convention data', () => {
    const withConvention = prepareDataset(readJson<Dataset>('tests/fixtures/convention.json'));
    const matching = (status: string[]) =>
      applyFilters(withConvention, { ...EMPTY_FILTERS, status }).meetings.map((m) => m.id);
    // Singapore's ratification is only reported: it still counts as ratified.
    expect(matching(['ratified'])).toEqual(['2025-10-26-singapore-kaspersky']);
    expect(matching(['signed'])).toEqual(['2025-10-27-poland-talks']);
    // UNODC cannot be a party, and Kaspersky does not stand for Russia here.
    expect(matching(['not-signed'])).toEqual([]);
    expect(matching(['signed', 'ratified'])).toHaveLength(2);
    const offered = facetOptions(
      withConvention,
      applyFilters(withConvention, EMPTY_FILTERS).facetCounts,
      EMPTY_FILTERS,
      EN,
    );
    expect(offered.status.map((o) => [o.label, o.count])).toEqual([
      ['Ratified (deposited or reported)', 1],
      ['Signed, not ratified', 1],
    ]);
    expect(options({}).status).toEqual([]);
  });

  it('keeps a chosen value listed even when no meeting has it', () => {
    expect(options({ country: ['FR'] }).country.map((o) => o.label)).toContain('France');
  });
});
