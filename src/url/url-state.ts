/**
 * The URL contract (docs/url-contract.md) as pure functions: parse is
 * forgiving (drops and reports what it cannot use, never throws), serialize
 * omits defaults and writes parameters in a stable order.
 */

import { isRealIsoDay } from '../data/codes.ts';
import {
  FACET_KEYS,
  type KnownValues,
  parseFacetValue,
  perFacet,
  type RefusalReason,
} from '../data/facets.ts';
import { type Filters, MAP_LAYERS, type MapLayer } from '../data/filters.ts';
import type { MessageKey, MessageValues } from '../i18n/translate.ts';

/** Every parameter of the contract: one per facet, then the dates, the text, the map layer and embed mode. */
export const FILTER_PARAMS: readonly string[] = [...FACET_KEYS, 'from', 'to', 'q', 'map', 'embed'];

const MAX_QUERY_LENGTH = 200;
/** Parameters that link shorteners and chat apps add; not worth a notice. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref)$/i;

export interface UrlNotice {
  param: string;
  value: string;
  reason: RefusalReason;
}

export interface ParsedFilters {
  filters: Filters;
  notices: UrlNotice[];
}

function splitList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function uniqueSorted<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

export function parseFilters(search: string, known?: KnownValues): ParsedFilters {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const values = (name: string) => params.getAll(name);
  const reject = (param: string, value: string, key: MessageKey, values?: MessageValues) => {
    notices.push({ param, value, reason: values ? { key, values } : { key } });
  };

  for (const name of new Set(params.keys())) {
    if (!FILTER_PARAMS.includes(name) && !TRACKING_PARAM.test(name)) {
      reject(name, params.get(name) ?? '', 'url.unknown-param');
    }
  }

  const chosen = perFacet((key, facet) => {
    const out: string[] = [];
    for (const raw of splitList(values(key))) {
      const parsed = parseFacetValue(facet, raw, known?.[key]);
      if ('value' in parsed) out.push(parsed.value);
      else notices.push({ param: key, value: raw, reason: parsed.reason });
    }
    return uniqueSorted(out);
  });

  const day = (param: 'from' | 'to'): string | null => {
    const all = values(param)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const [first, ...rest] = all;
    for (const extra of rest) reject(param, extra, 'url.repeated');
    if (first === undefined) return null;
    if (isRealIsoDay(first)) return first;
    reject(param, first, 'url.not-a-day');
    return null;
  };
  let from = day('from');
  let to = day('to');
  if (from !== null && to !== null && from > to) {
    reject('to', to, 'url.range-reversed', { from });
    from = null;
    to = null;
  }

  // Kept as typed (trailing space included) so a search box bound to the URL
  // does not swallow the space between two words; matching folds it anyway.
  let q = params.getAll('q').join(' ');
  if (q.length > MAX_QUERY_LENGTH) {
    reject('q', `${q.slice(0, 20)}…`, 'url.query-too-long', { max: MAX_QUERY_LENGTH });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }

  let map: MapLayer = 'meetings';
  const [layer, ...extraLayers] = values('map').map((v) => v.trim().toLowerCase());
  for (const extra of extraLayers) reject('map', extra, 'url.repeated');
  if (layer !== undefined) {
    if ((MAP_LAYERS as readonly string[]).includes(layer)) map = layer as MapLayer;
    else reject('map', layer, 'url.not-one-of', { values: MAP_LAYERS.join(', ') });
  }

  // Only "1" turns embed mode on; a page shown by mistake in full is harmless.
  const embedValue = values('embed')[0]?.trim();
  if (embedValue !== undefined && embedValue !== '1' && embedValue !== '0')
    reject('embed', embedValue, 'url.not-embed-flag');

  return {
    filters: {
      ...chosen,
      from,
      to,
      q,
      map,
      embed: embedValue === '1',
    },
    notices,
  };
}

/** "?country=AU,PL&topic=cybercrime" — commas kept readable, defaults left out. */
export function serializeFilters(filters: Filters): string {
  const parts: string[] = [];
  for (const key of FACET_KEYS) {
    const clean = uniqueSorted(filters[key].filter((v) => v !== ''));
    if (clean.length > 0) parts.push(`${key}=${clean.map(encodeURIComponent).join(',')}`);
  }
  if (filters.from) parts.push(`from=${encodeURIComponent(filters.from)}`);
  if (filters.to) parts.push(`to=${encodeURIComponent(filters.to)}`);
  if (filters.q.trim()) parts.push(`q=${encodeURIComponent(filters.q)}`);
  if (filters.map !== 'meetings') parts.push(`map=${filters.map}`);
  if (filters.embed) parts.push('embed=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function toggleValue<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The path that opens meeting `id`. */
export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}

/** A link to the view with `search` (`?…` or empty) and meeting `id` open, or none. */
export function viewHref(id: string | null, search: string): string {
  return `${id === null ? '/' : meetingPath(id)}${search}`;
}

/**
 * `href` without embed mode: the same view in the full explorer. Works on the
 * page's own absolute address, so a strange path (`//elsewhere`) stays on this site.
 */
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !/^embed(=|$)/.test(part));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}
