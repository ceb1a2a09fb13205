/**
 * The dataset's words in the interface language. English is in the fields
 * themselves; other languages are in `translations` (docs/dataset-format.md),
 * each field optional, so a reader may get English for want of a translation:
 * `fallback` says so, and the views mark it.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Partner } from './schema.ts';

type Translations = Readonly<Record<string, Readonly<Record<string, string | undefined>>>>;

export interface LocalText {
  text: string;
  /** The language `text` is in. */
  lang: Locale;
  /** English shown where the reader's language has no translation. */
  fallback: boolean;
}

/** The translation of `field` for `locale`, if the item has one. */
export function translated<T extends { translations?: Translations | undefined }>(
  item: T,
  field: string,
  locale: Locale,
): string | undefined {
  if (locale === 'en') return undefined;
  return item.translations?.[locale]?.[field];
}

/** `item[field]` in the reader's language, or in English, marked as such. */
export function localText<
  T extends { translations?: Translations | undefined },
  F extends keyof T & string,
>(item: T, field: F, locale: Locale): LocalText {
  const english = item[field] as unknown as string;
  if (locale === 'en') return { text: english, lang: 'en', fallback: false };
  const local = translated(item, field, locale);
  return local
    ? { text: local, lang: locale, fallback: false }
    : { text: english, lang: 'en', fallback: true };
}

/** Like `localText`, for an optional field: undefined when the item has none. */
export function optionalLocalText<
  T extends { translations?: Translations | undefined },
  F extends keyof T & string,
>(item: T, field: F, locale: Locale): LocalText | undefined {
  return item[field] === undefined ? undefined : localText(item, field, locale);
}

const regionNames = new Map<Locale, Intl.DisplayNames | null>();

/**
 * Names the browser's data gets wrong for this subject: the UN, the convention
 * and Viet Nam's own government write "Viet Nam" (CLDR says "Vietnam").
 */
const NAME_OVERRIDES: Partial<Record<Locale, Record<string, string>>> = {
  en: { VN: 'Viet Nam' },
};

/** "PL" → "Poland" / "Ba Lan", from the browser's own data, so any code has a name. */
export function countryName(code: string, locale: Locale): string {
  const override = NAME_OVERRIDES[locale]?.[code];
  if (override) return override;
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What labels call a partner: its short name when it has one ("UNODC"), else
 * its name. In another language: the translation; else, for a country, the
 * browser's name for it; else the English, marked.
 */
export function partnerText(partner: Partner, locale: Locale): LocalText {
  if (locale === 'en')
    return { text: partner.shortName ?? partner.name, lang: 'en', fallback: false };
  const local =
    translated(partner, 'shortName', locale) ??
    partner.shortName ??
    translated(partner, 'name', locale) ??
    (partner.kind === 'country' && partner.country
      ? countryName(partner.country, locale)
      : undefined);
  if (local)
    return { text: local, lang: partner.shortName === local ? 'en' : locale, fallback: false };
  return { text: partner.name, lang: 'en', fallback: true };
}

export function partnerLabel(partner: Partner, locale: Locale): string {
  return partnerText(partner, locale).text;
}

/** Every translation an item has, for search in all languages. */
export function allTranslations(item: { translations?: Translations | undefined }): string[] {
  const out: string[] = [];
  for (const fields of Object.values(item.translations ?? {})) {
    for (const value of Object.values(fields)) if (value) out.push(value);
  }
  return out;
}
