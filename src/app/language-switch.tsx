import { Link, useLocation, useSearch } from 'wouter';
import { useTranslator } from '../i18n/i18n.tsx';
import { LOCALE_NAMES, type Locale, localePath, splitLocale } from '../i18n/locales.ts';
import { ROUTER_BASE } from './app.tsx';

/**
 * A link to the view on screen in the other language: the same path below the
 * language prefix and the same query (filters, open meeting), so switching
 * keeps what the reader is looking at. The href is absolute (`~`), past the
 * router's language base, so the switch stays a client-side navigation. It
 * says the other language's name in that language; its title says what it does
 * in this one.
 */
export function LanguageSwitch() {
  const { t, locale } = useTranslator();
  const [path] = useLocation();
  const search = useSearch();
  // Below the language's router the path has no prefix; splitLocale also copes
  // with a path that still has one.
  const { rest } = splitLocale(path);
  const target: Locale = locale === 'vi' ? 'en' : 'vi';
  const href = `~${ROUTER_BASE}${localePath(target, rest)}${search ? `?${search}` : ''}`;
  return (
    <Link
      href={href}
      className="language-switch"
      lang={target}
      hrefLang={target}
      title={t('app.switch-language')}
    >
      {LOCALE_NAMES[target]}
    </Link>
  );
}
