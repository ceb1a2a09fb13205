import { readFileSync } from 'node:fs';

/** i18n-iso-countries' rows [alpha-2, alpha-3, numeric, …] as "AF004AL008…". */
export function isoCodesTable(): string {
  const rows = JSON.parse(
    readFileSync('node_modules/i18n-iso-countries/codes.json', 'utf8'),
  ) as string[][];
  return rows.map((row) => `${row[0]}${row[2]}`).join('');
}
