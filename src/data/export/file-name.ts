import { FACETS } from '../facets.ts';
import type { Filters } from '../filters.ts';
import type { Dataset } from '../schema.ts';

const MAX_STEM = 120;

/** Lower-case ASCII words joined by hyphens: "Lương Tam" → "luong-tam". */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A file name that says what the file holds: what it is, the filters in the
 * order of the URL contract, the day the data is as of and its version —
 * "meetings_country-pl_topic-cybercrime_2026-12-02_v1.1.0.csv". Long filter lists
 * are cut (the file's own caption or rows carry the full story).
 */
export function exportFileName(
  what: string,
  filters: Filters,
  data: Pick<Dataset, 'updated' | 'version'>,
  extension: string,
): string {
  const parts = [slugify(what)];
  for (const { key } of FACETS) {
    const values = filters[key];
    if (values.length > 0) parts.push(`${key}-${values.map(slugify).join('+')}`);
  }
  if (filters.from) parts.push(`from-${filters.from}`);
  if (filters.to) parts.push(`to-${filters.to}`);
  const q = slugify(filters.q);
  if (q) parts.push(`q-${q}`);
  let stem = parts.join('_');
  if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM).replace(/[-_+]+$/, '')}-etc`;
  const version = data.version ? `_v${data.version}` : '';
  return `${stem}_${data.updated}${version}.${extension}`;
}
