/**
 * ISO 3166-1 codes: alpha-2 and numeric, from src/data/iso-codes.ts (generated
 * from i18n-iso-countries' table, cut to these two columns).
 */
import { ISO_CODES } from './iso-codes.ts';

const ALPHA2_TO_NUMERIC = new Map<string, string>();
for (let i = 0; i + 5 <= ISO_CODES.length; i += 5) {
  ALPHA2_TO_NUMERIC.set(ISO_CODES.slice(i, i + 2), ISO_CODES.slice(i + 2, i + 5));
}
const NUMERIC_TO_ALPHA2 = new Map<string, string>(
  [...ALPHA2_TO_NUMERIC].map(([alpha2, numeric]) => [numeric, alpha2]),
);

export function isIsoCountryCode(value: string): boolean {
  return ALPHA2_TO_NUMERIC.has(value);
}

/** "PL" → "616" (world-atlas ids are these numeric codes). */
export function alpha2ToNumeric(alpha2: string): string | undefined {
  return ALPHA2_TO_NUMERIC.get(alpha2);
}

export function numericToAlpha2(numeric: string): string | undefined {
  return NUMERIC_TO_ALPHA2.get(numeric.padStart(3, '0'));
}
