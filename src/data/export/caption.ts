import type { Lang } from '../../i18n/translate.ts';
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

export function datasetEdition(
  data: Pick<Dataset, 'version' | 'updated'>,
  { t, tag }: Lang,
): string {
  const day = formatDay(data.updated, tag);
  return data.version
    ? t('caption.edition-version', { version: data.version, day })
    : t('caption.edition', { day });
}

export function licenceText(data: Pick<Dataset, 'license'>, { t }: Lang): string {
  return data.license
    ? t('caption.licence', {
        title: data.license.title,
        name: data.license.name,
        url: data.license.url,
      })
    : t('caption.licence-none');
}

export function exportCaption(
  data: Dataset,
  source: FacetSource,
  filters: Filters,
  counts: { matching: number; total: number },
  link: string,
  lang: Lang,
): ExportCaption {
  const { t } = lang;
  const active = activeFilters(source, filters, lang).map((f) => f.text);
  return {
    filters:
      active.length > 0
        ? t('caption.filters', {
            filters: active.join('; '),
            matching: counts.matching,
            total: counts.total,
          })
        : t('caption.all', { total: counts.total }),
    source: t('caption.source', { site: t('site.name'), edition: datasetEdition(data, lang) }),
    licence: licenceText(data, lang),
    link,
  };
}
