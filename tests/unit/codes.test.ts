import { describe, expect, it } from 'vitest';
import { isRealIsoDay } from '../../src/data/codes.ts';

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
