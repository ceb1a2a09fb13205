import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FacetValues, type KnownValues, perFacet } from '../../src/data/facets.ts';
import { EMPTY_FILTERS, type Filters, MAP_LAYERS } from '../../src/data/filters.ts';
import { parseFilters, serializeFilters, withoutEmbed } from '../../src/url/url-state.ts';
import { EN, VI } from '../helpers.ts';

const known: KnownValues = {
  partner: new Set(['poland', 'unodc', 'kaspersky']),
  topic: new Set(['cybercrime', 'drug-trafficking', 'training']),
};

describe('parseFilters', () => {
  it('reads every parameter of the contract', () => {
    const { filters, notices } = parseFilters(
      '?country=PL,AU&partner=unodc&topic=cybercrime,drug-trafficking&kind=organization&format=signing,talks&status=ratified,not-signed&from=2025-10-25&to=2025-10-26&q=luong&map=status&embed=1',
      known,
    );
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      country: ['AU', 'PL'],
      partner: ['unodc'],
      topic: ['cybercrime', 'drug-trafficking'],
      kind: ['organization'],
      format: ['signing', 'talks'],
      status: ['not-signed', 'ratified'],
      from: '2025-10-25',
      to: '2025-10-26',
      q: 'luong',
      map: 'status',
      embed: true,
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseFilters('', known)).toEqual({ filters: EMPTY_FILTERS, notices: [] });
  });

  it('drops hostile and malformed values, reporting each, and keeps the good ones', () => {
    const { filters, notices } = parseFilters(
      '?country=ZZ,pl&from=not-a-date&topic=<script>,training&kind=alien&format=party&to=2025-02-30&map=globe&embed=yes',
      known,
    );
    expect(filters.country).toEqual(['PL']);
    expect(filters.topic).toEqual(['training']);
    expect(filters.kind).toEqual([]);
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(filters.map).toBe('meetings');
    expect(filters.embed).toBe(false);
    expect(notices.map((n) => `${n.param}=${n.value}`)).toEqual([
      'country=ZZ',
      'topic=<script>',
      'kind=alien',
      'format=party',
      'from=not-a-date',
      'to=2025-02-30',
      'map=globe',
      'embed=yes',
    ]);
  });

  it('reports ids the dataset does not know and parameters it does not understand', () => {
    const { filters, notices } = parseFilters('?partner=polnd&colour=red&utm_source=chat', known);
    expect(filters.partner).toEqual([]);
    expect(notices).toEqual([
      { param: 'colour', value: 'red', reason: { key: 'url.unknown-param' } },
      {
        param: 'partner',
        value: 'polnd',
        reason: { key: 'url.unknown-id', values: { noun: 'partner' } },
      },
    ]);
  });

  it('gives each reason as a message, worded in the interface language', () => {
    const { notices } = parseFilters(
      '?country=ZZ&topic=<script>&kind=alien&from=2025-10-27&to=2025-10-01&map=globe&map=status&embed=yes',
      known,
    );
    expect(
      notices.map((n) => [`${n.param}=${n.value}`, EN.t(n.reason.key, n.reason.values)]),
    ).toEqual([
      ['country=ZZ', 'is not an ISO 3166-1 alpha-2 country code.'],
      ['topic=<script>', 'is not a valid topic id.'],
      ['kind=alien', 'is not one of country, organization, company.'],
      ['to=2025-10-01', 'is before from=2025-10-27; the date range is ignored.'],
      ['map=status', 'appears more than once; the first one is used.'],
      ['map=globe', 'is not one of meetings, status.'],
      ['embed=yes', 'is not 1 (embed mode) or 0.'],
    ]);
    const [first] = parseFilters('?partner=polnd', known).notices;
    expect(first && VI.t(first.reason.key, first.reason.values)).toBe(
      'không phải là đối tác có trong bộ dữ liệu này.',
    );
  });

  it('ignores a reversed date range with a notice', () => {
    const { filters, notices } = parseFilters('?from=2025-10-27&to=2025-10-01', known);
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const { filters } = parseFilters(raw, known);
        expect(Array.isArray(filters.country)).toBe(true);
      }),
    );
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
/** Valid values of each kind of facet, so a new facet is covered without editing this file. */
function valuesArb(values: FacetValues): fc.Arbitrary<string> {
  switch (values.type) {
    case 'country-code':
      return fc.constantFrom('PL', 'AU', 'VN', 'SG', 'RU', 'MA', 'US');
    case 'dataset-id':
      return slug;
    case 'one-of':
      return fc.constantFrom(...values.values);
  }
}
const facetsArb = fc.record(
  perFacet((_key, facet) => fc.uniqueArray(valuesArb(facet.values), { maxLength: 4 })),
);
const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    facets: facetsArb,
    range: fc.option(fc.tuple(day, day), { nil: null }),
    q: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 40 })),
    map: fc.constantFrom(...MAP_LAYERS),
    embed: fc.boolean(),
  })
  .map(({ facets, range, q, map, embed }) => {
    const [a, b] = range ?? [null, null];
    const from = a && b && a > b ? b : a;
    const to = a && b && a > b ? a : b;
    return { ...facets, q: q.trim() === '' ? '' : q, from, to, map, embed };
  });

describe('serializeFilters', () => {
  it('leaves defaults out', () => {
    expect(serializeFilters(EMPTY_FILTERS)).toBe('');
  });

  it('writes a stable, readable order', () => {
    expect(
      serializeFilters({
        ...EMPTY_FILTERS,
        topic: ['training', 'cybercrime'],
        country: ['PL', 'AU'],
      }),
    ).toBe('?country=AU,PL&topic=cybercrime,training');
  });

  it('round-trips: parse(serialize(f)) gives f back (sorted)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const parsed = parseFilters(serializeFilters(filters));
        expect(parsed.notices).toEqual([]);
        expect(parsed.filters).toEqual({
          ...filters,
          ...perFacet((key) => [...filters[key]].sort()),
          q: filters.q.length > 200 ? filters.q.slice(0, 200) : filters.q,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: serialize(parse(s)) is a fixed point', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const once = serializeFilters(filters);
        expect(serializeFilters(parseFilters(once).filters)).toBe(once);
      }),
    );
  });
});

describe('withoutEmbed', () => {
  it.each([
    ['https://a.example/?country=PL,AU&embed=1', 'https://a.example/?country=PL,AU'],
    ['https://a.example/meetings/x?embed=1', 'https://a.example/meetings/x'],
    ['https://a.example/?embed=1&q=luong', 'https://a.example/?q=luong'],
    ['https://a.example/sub/?topic=cybercrime', 'https://a.example/sub/?topic=cybercrime'],
    // A path that reads as another host when joined onto the origin stays on this site.
    ['https://a.example//evil.example/?embed=1', 'https://a.example//evil.example/'],
    ['https://a.example/%5Cevil.example/?embed=1', 'https://a.example/%5Cevil.example/'],
  ])('%s → %s', (href, expected) => {
    expect(withoutEmbed(href)).toBe(expected);
    expect(new URL(withoutEmbed(href)).origin).toBe('https://a.example');
  });
});
