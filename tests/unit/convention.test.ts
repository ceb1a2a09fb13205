import { describe, expect, it } from 'vitest';
import { conventionCounts, participantCodeOf, standingLookup } from '../../src/data/convention.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { clone, readJson } from '../helpers.ts';

const fixture = readJson<Dataset>('tests/fixtures/convention.json');
const convention = fixture.convention!;

describe('standingLookup', () => {
  const standing = standingLookup(convention);

  it('says where each participant stands, the strongest fact first', () => {
    expect(standing('PL')).toMatchObject({ status: 'signed-hanoi', certainty: 'recorded' });
    expect(standing('FJ')).toMatchObject({ status: 'signed-later', certainty: 'reported' });
    expect(standing('SG')).toMatchObject({
      status: 'ratification-reported',
      certainty: 'reported',
    });
    expect(standing('MT')).toMatchObject({
      status: 'ratification-deposited',
      certainty: 'recorded',
    });
    expect(standing('MC')).toMatchObject({
      status: 'ratification-deposited',
      certainty: 'recorded',
    });
    expect(standing('EU').participant?.name).toBe('European Union');
  });

  it('calls a code without a known signature not signed', () => {
    expect(standing('US')).toEqual({ status: 'not-signed', certainty: null, participant: null });
  });

  it('knows nothing when the dataset has no convention part', () => {
    expect(standingLookup(undefined)('PL').status).toBe('unknown');
  });
});

describe('participantCodeOf', () => {
  it('maps countries to their code and the EU by its short name; companies to nothing', () => {
    expect(
      participantCodeOf({ id: 'poland', name: 'Poland', kind: 'country', country: 'PL' }),
    ).toBe('PL');
    expect(
      participantCodeOf({
        id: 'eu',
        name: 'European Union',
        shortName: 'EU',
        kind: 'organization',
      }),
    ).toBe('EU');
    expect(
      participantCodeOf({ id: 'unodc', name: 'UNODC', shortName: 'UNODC', kind: 'organization' }),
    ).toBe(null);
    expect(participantCodeOf({ id: 'k', name: 'Kaspersky', kind: 'company', country: 'RU' })).toBe(
      null,
    );
  });
});

describe('conventionCounts', () => {
  it('sets identified signatories against the stated total, and instruments against the threshold', () => {
    expect(conventionCounts(convention)).toEqual({
      statedSignatories: 72,
      statedAsOf: '2025-11-16',
      // PL, EU, SG (25–26 Oct), MT; Fiji's undated New York signature is not placed.
      identifiedSignatories: 4,
      laterSignatures: 1,
      // Malta and Monaco; the EU's approval does not count on top of its members'.
      ratificationsDeposited: 2,
      ratificationsReported: 1,
      ratificationsNeeded: 40,
    });
  });

  it('counts a signature after the stated day as later, and every signature without a stated day', () => {
    const later = clone(convention);
    later.participants[0]!.signature!.date = '2025-12-01';
    expect(conventionCounts(later)).toMatchObject({ identifiedSignatories: 3, laterSignatures: 2 });
    delete later.totals.signatoriesAsOf;
    expect(conventionCounts(later)).toMatchObject({
      statedAsOf: null,
      identifiedSignatories: 5,
      laterSignatures: 0,
    });
  });
});

describe('the shipped convention data', () => {
  const shipped = readJson<Dataset>('data/meetings.json').convention;

  it('identifies 68 of the 72 Hanoi signatories and places Poland and Viet Nam', () => {
    expect(shipped).toBeDefined();
    const counts = conventionCounts(shipped!);
    expect(counts).toMatchObject({ statedSignatories: 72, identifiedSignatories: 68 });
    expect(counts.ratificationsNeeded).toBe(40);
    const standing = standingLookup(shipped);
    expect(standing('PL').status).toBe('signed-hanoi');
    expect(standing('VN')).toMatchObject({
      status: 'ratification-reported',
      certainty: 'reported',
    });
  });
});
