/**
 * The interface's words for code that runs in Node (the build's share pages
 * and link-preview cards): the same catalogues the page fetches, compiled here.
 */
import type { Messages } from '@lingui/core';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { type Lang, makeLang } from '../../src/i18n/translate.ts';
import { compiledCatalogue } from './messages-plugin.ts';

export function nodeLang(locale: Locale, root = process.cwd()): Lang {
  return makeLang(locale, JSON.parse(compiledCatalogue(root, locale)) as Messages);
}

export function nodeLangs(root = process.cwd()): Record<Locale, Lang> {
  return Object.fromEntries(LOCALES.map((l) => [l, nodeLang(l, root)])) as Record<Locale, Lang>;
}
