/**
 * The interface languages, and how the URL carries them (docs/url-contract.md):
 * English has no prefix, Vietnamese lives under `/vi/`.
 */
export const LOCALES = ['en', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** What Intl formats with: British English (day before month), Vietnamese as written in Viet Nam. */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

/** Each language's own name, as its switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', vi: 'Tiếng Việt' };

const PREFIX = /^\/vi(?=\/|$)/;

/** `/vi/meetings/x` → vi and `/meetings/x`; `/vi` → vi and `/`. */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  const match = PREFIX.exec(path);
  if (!match) return { locale: DEFAULT_LOCALE, rest: path };
  return { locale: 'vi', rest: path.slice(match[0].length) || '/' };
}

/** The path prefix a language's pages live under: '' or '/vi'. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** `/meetings/x` in Vietnamese → `/vi/meetings/x`; the home page → `/vi/`. */
export function localePath(locale: Locale, rest: string): string {
  const prefix = localePrefix(locale);
  if (!prefix) return rest || '/';
  return rest === '' || rest === '/' ? `${prefix}/` : `${prefix}${rest}`;
}
