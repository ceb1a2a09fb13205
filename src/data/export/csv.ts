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
 * apostrophe (unless `neutralise` is off), which keeps a spreadsheet from
 * running it (the apostrophe stays visible in the cell); quoted when it holds
 * a comma, a quote, a line break or edge spaces.
 */
export function csvCell(value: Cell, neutralise = true): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralise && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  {
    bom = true,
    neutralise = true,
  }: {
    /** A UTF-8 byte order mark first, for spreadsheets. */
    bom?: boolean;
    /** Neutralise formula-like text (for files people open in a spreadsheet). */
    neutralise?: boolean;
  } = {},
): string {
  const cell = (value: Cell) => csvCell(value, neutralise);
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return `${bom ? BYTE_ORDER_MARK : ''}${lines.join('\r\n')}\r\n`;
}
