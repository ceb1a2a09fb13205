/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends, UTF-8 with a byte
 * order mark so Excel shows "Lương Tam Quang" rather than mojibake), and safe
 * to open: a text cell a spreadsheet would run as a formula is neutralised.
 */

export type Cell = string | number | null;

/** A spreadsheet runs a cell starting with one of these as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One cell: numbers as they are; text starting like a formula gets a leading
 * apostrophe (the spreadsheets' own "this is text" mark, shown to nobody);
 * quoted when it holds a comma, a quote, a line break or edge spaces.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${bom ? BYTE_ORDER_MARK : ''}${lines.join('\r\n')}\r\n`;
}
