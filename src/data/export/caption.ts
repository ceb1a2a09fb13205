import { formatDay } from '../dates.ts';
import type { FacetSource } from '../facets.ts';
import type { Filters } from '../filters.ts';
import type { Dataset } from '../schema.ts';
import { activeFilters } from '../selectors.ts';

/** The site's own name (index.html's <title>): also the author of the dataset's citations. */
export const SITE_NAME = 'Hanoi Convention cooperation explorer';

/** What every downloaded picture and file says about itself, in words. */
export interface ExportCaption {
  /** "Filters: Country: Poland; Topic: Cybercrime (4 of 45 meetings)" or "All 45 meetings". */
  filters: string;
  /** "Source: Hanoi Convention cooperation explorer, data version 1.1.0 as of Wed, 2 Dec 2026". */
  source: string;
  licence: string;
  /** The address that reproduces the view. */
  link: string;
}

export function datasetEdition(data: Pick<Dataset, 'version' | 'updated'>): string {
  return data.version
    ? `data version ${data.version} as of ${formatDay(data.updated)}`
    : `data as of ${formatDay(data.updated)}`;
}

export function licenceText(data: Pick<Dataset, 'license'>): string {
  return data.license
    ? `Licence: ${data.license.title} (${data.license.name}), ${data.license.url}`
    : 'Licence: not stated in the dataset';
}

export function exportCaption(
  data: Dataset,
  source: FacetSource,
  filters: Filters,
  counts: { matching: number; total: number },
  link: string,
): ExportCaption {
  const active = activeFilters(source, filters).map((f) => f.text);
  const n = (x: number) => x.toLocaleString('en');
  const meetings = (x: number) => (x === 1 ? 'meeting' : 'meetings');
  return {
    filters:
      active.length > 0
        ? `Filters: ${active.join('; ')} (${n(counts.matching)} of ${n(counts.total)} ${meetings(counts.total)})`
        : `All ${n(counts.total)} ${meetings(counts.total)}`,
    source: `Source: ${SITE_NAME}, ${datasetEdition(data)}`,
    licence: licenceText(data),
    link,
  };
}
