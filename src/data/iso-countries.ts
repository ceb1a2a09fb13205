/**
 * ISO 3166-1 code table, from i18n-iso-countries' data file only (its index
 * pulls in name search and a diacritics map the browser does not need).
 * Rows are [alpha-2, alpha-3, numeric, subdivision reference].
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const ALPHA2_TO_NUMERIC = new Map<string, string>(
  (codes as string[][]).map((row) => [row[0] as string, row[2] as string]),
);
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
