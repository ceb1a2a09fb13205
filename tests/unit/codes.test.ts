import { describe, expect, it } from 'vitest';
import { isoCodesTable } from '../../scripts/cli/iso-codes-table.ts';
import { isRealIsoDay } from '../../src/data/codes.ts';
import { ISO_CODES } from '../../src/data/iso-codes.ts';
import {
  alpha2ToNumeric,
  isIsoCountryCode,
  numericToAlpha2,
} from '../../src/data/iso-countries.ts';

describe('isRealIsoDay', () => {
  it.each([
    ['2025-10-25', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-4-01', false],
    ['25 Oct 2025', false],
  ])('%s → %s', (value, real) => {
    expect(isRealIsoDay(value)).toBe(real);
  });
});

describe('ISO 3166-1 table', () => {
  it('is i18n-iso-countries’ table, cut to alpha-2 and numeric (regenerate when they differ)', () => {
    expect(ISO_CODES).toBe(isoCodesTable());
    expect(alpha2ToNumeric('PL')).toBe('616');
    expect(numericToAlpha2('704')).toBe('VN');
    expect(isIsoCountryCode('ZZ')).toBe(false);
  });
});
