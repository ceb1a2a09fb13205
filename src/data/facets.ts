/**
 * The facet registry: every filter that narrows meetings by a set of values
 * (partner country, partner, topic, partner kind…) is one entry here. The
 * `Filters` type, the URL's parse and serialise, the worker's indexes and
 * slices, the one-pass counting and the filter bar all loop over `FACETS`, so
 * adding a facet is one entry plus its tests (README: "Adding a filter").
 */

import type { Lang, MessageKey, MessageValues } from '../i18n/translate.ts';
import { MEETING_FORMATS, PARTNER_KINDS } from './codes.ts';
import {
  type ConventionStanding,
  participantCodeOf,
  STATUS_FILTERS,
  statusFilterOf,
} from './convention.ts';
import { isIsoCountryCode } from './iso-countries.ts';
import { FORMAT_LABELS, KIND_LABELS, STATUS_FILTER_LABELS } from './labels.ts';
import { countryName, localText, partnerLabel } from './localize.ts';
import type { Meeting, Partner, Topic } from './schema.ts';

/**
 * What a facet reads from the prepared dataset to list and name its values.
 * `FacetSource` is one; the registry names only what it needs, so the
 * prepared dataset's own types can be derived from the registry.
 */
export interface FacetSource {
  data: { topics: readonly Topic[] };
  partnerById: ReadonlyMap<string, Partner>;
  topicById: ReadonlyMap<string, Topic>;
  activePartners: readonly Partner[];
  /** Per facet key: the values that occur in at least one meeting. */
  domains: Readonly<Record<string, readonly string[]>>;
}

/**
 * The kinds of value a facet's URL parameter holds. Each says how to read one
 * raw value (canonical form, or why it is refused); tests generate values from
 * the same description.
 */
export type FacetValues =
  /** ISO 3166-1 alpha-2 codes, upper case; any real code, in the data or not. */
  | { type: 'country-code' }
  /** Slugs that must name an item of the dataset (`known` holds them once it is loaded). */
  | { type: 'dataset-id'; noun: string }
  /** A fixed list of values. */
  | { type: 'one-of'; values: readonly string[] };

/** What `valuesOf` may consult besides the meeting: facts about the whole dataset. */
export interface FacetContext {
  /** A participant's standing with the convention ("PL", "EU"). */
  standing: (code: string) => ConventionStanding;
}

export interface FacetDefinition<K extends string = string> {
  /** The key in `Filters`, and the URL parameter (docs/url-contract.md). */
  key: K;
  values: FacetValues;
  /** Heading in the filter bar (a message key). */
  title: MessageKey;
  /** Prefix of an active filter's chip: "Country: Poland" (a message key). */
  chip: MessageKey;
  /** The values one meeting has, without repeats; `partners` are its resolved partners. */
  valuesOf: (meeting: Meeting, partners: readonly Partner[], context: FacetContext) => string[];
  /** The values the filter bar offers for this dataset. */
  choices: (prepared: FacetSource) => readonly string[];
  /** What a person reads for a value, in the interface language. */
  label: (value: string, prepared: FacetSource, lang: Lang) => string;
  /** `label`: alphabetical by label; `choices`: the order `choices` gives. */
  order: 'label' | 'choices';
  /** For `dataset-id` facets: every id the dataset has (an id in the URL must be one). */
  known?: (prepared: FacetSource) => ReadonlySet<string>;
}

function defineFacet<const K extends string>(facet: FacetDefinition<K>): FacetDefinition<K> {
  return facet;
}

/** `values` without repeats, for the few values one meeting has (no Set per meeting). */
export function uniqueFew<T>(values: Iterable<T>): T[] {
  const result: T[] = [];
  for (const value of values) if (!result.includes(value)) result.push(value);
  return result;
}

export const FACETS = [
  defineFacet({
    key: 'country',
    values: { type: 'country-code' },
    title: 'facet.country.title',
    chip: 'facet.country.chip',
    // A company counts for its home country; an organisation has none.
    valuesOf: (_meeting, partners) => {
      const codes: string[] = [];
      for (const p of partners) if (p.country && !codes.includes(p.country)) codes.push(p.country);
      return codes;
    },
    choices: (prepared) => prepared.domains.country ?? [],
    label: (code, _prepared, { locale }) => countryName(code, locale),
    order: 'label',
  }),
  defineFacet({
    key: 'partner',
    values: { type: 'dataset-id', noun: 'partner' },
    title: 'facet.partner.title',
    chip: 'facet.partner.chip',
    valuesOf: (_meeting, partners) => uniqueFew(partners.map((p) => p.id)),
    // Countries are offered by the country facet; `?partner=poland` still works.
    choices: (prepared) =>
      prepared.activePartners.filter((p) => p.kind !== 'country').map((p) => p.id),
    label: (id, prepared, { locale }) => {
      const partner = prepared.partnerById.get(id);
      return partner ? partnerLabel(partner, locale) : id;
    },
    order: 'label',
    known: (prepared) => new Set(prepared.partnerById.keys()),
  }),
  defineFacet({
    key: 'topic',
    values: { type: 'dataset-id', noun: 'topic' },
    title: 'facet.topic.title',
    chip: 'facet.topic.chip',
    valuesOf: (meeting) => uniqueFew(meeting.topics),
    choices: (prepared) => prepared.data.topics.map((t) => t.id),
    label: (id, prepared, { locale }) => {
      const topic = prepared.topicById.get(id);
      return topic ? localText(topic, 'label', locale).text : id;
    },
    order: 'label',
    known: (prepared) => new Set(prepared.topicById.keys()),
  }),
  defineFacet({
    key: 'kind',
    values: { type: 'one-of', values: PARTNER_KINDS },
    title: 'facet.kind.title',
    chip: 'facet.kind.chip',
    valuesOf: (_meeting, partners) => uniqueFew(partners.map((p) => p.kind)),
    choices: () => PARTNER_KINDS,
    label: (kind, _prepared, { t }) => {
      const key = KIND_LABELS[kind as keyof typeof KIND_LABELS];
      return key ? t(key) : kind;
    },
    order: 'choices',
  }),
  defineFacet({
    key: 'format',
    values: { type: 'one-of', values: MEETING_FORMATS },
    title: 'facet.format.title',
    chip: 'facet.format.chip',
    valuesOf: (meeting) => [meeting.format],
    // Only the formats this dataset has, in the order of the format list.
    choices: (prepared) => MEETING_FORMATS.filter((f) => prepared.domains.format?.includes(f)),
    label: (format, _prepared, { t }) => {
      const key = FORMAT_LABELS[format as keyof typeof FORMAT_LABELS];
      return key ? t(key) : format;
    },
    order: 'choices',
  }),
  defineFacet({
    key: 'status',
    values: { type: 'one-of', values: STATUS_FILTERS },
    title: 'facet.status.title',
    chip: 'facet.status.chip',
    // Only states and the EU can be parties; a company does not stand for its home country here.
    valuesOf: (_meeting, partners, { standing }) => {
      const values: string[] = [];
      for (const partner of partners) {
        const code = participantCodeOf(partner);
        const value = code ? statusFilterOf(standing(code).status) : null;
        if (value && !values.includes(value)) values.push(value);
      }
      return values;
    },
    // Empty when the dataset has no convention part, so the filter bar leaves it out.
    choices: (prepared) => STATUS_FILTERS.filter((v) => prepared.domains.status?.includes(v)),
    label: (value, _prepared, { t }) => {
      const key = STATUS_FILTER_LABELS[value as keyof typeof STATUS_FILTER_LABELS];
      return key ? t(key) : value;
    },
    order: 'choices',
  }),
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** One list per facet, e.g. the values each meeting has, or the chosen values. */
export type PerFacet<T> = Record<FacetKey, T>;

export function perFacet<T>(
  make: (key: FacetKey, facet: FacetDefinition<FacetKey>) => T,
): PerFacet<T> {
  return Object.fromEntries(
    FACETS.map((facet: FacetDefinition<FacetKey>) => [facet.key, make(facet.key, facet)]),
  ) as PerFacet<T>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids the current dataset knows, per `dataset-id` facet; without them only the syntax is checked. */
export type KnownValues = Partial<Record<FacetKey, ReadonlySet<string>>>;

export function knownValues(prepared: FacetSource): KnownValues {
  const known: KnownValues = {};
  for (const facet of FACETS) {
    const ids = facet.known?.(prepared);
    if (ids) known[facet.key] = ids;
  }
  return known;
}

/** Why a value was refused, as a message the interface words in its language. */
export interface RefusalReason {
  key: MessageKey;
  values?: MessageValues;
}

/** One raw URL value of a facet: its canonical form, or why it is refused. */
export function parseFacetValue(
  facet: FacetDefinition,
  raw: string,
  known?: ReadonlySet<string>,
): { value: string } | { reason: RefusalReason } {
  const spec = facet.values;
  switch (spec.type) {
    case 'country-code': {
      const code = raw.toUpperCase();
      return isIsoCountryCode(code) ? { value: code } : { reason: { key: 'url.not-country-code' } };
    }
    case 'dataset-id': {
      const id = raw.toLowerCase();
      const noun = { noun: spec.noun };
      if (!SLUG.test(id)) return { reason: { key: 'url.invalid-id', values: noun } };
      if (known && !known.has(id)) return { reason: { key: 'url.unknown-id', values: noun } };
      return { value: id };
    }
    case 'one-of': {
      const value = raw.toLowerCase();
      return spec.values.includes(value)
        ? { value }
        : { reason: { key: 'url.not-one-of', values: { values: spec.values.join(', ') } } };
    }
  }
}
