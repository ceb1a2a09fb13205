import { catalogueFiles, inlineCatalogues } from 'virtual:messages';
import type { Messages } from '@lingui/core';
import type { Locale } from './locales.ts';

/** The query key of a language's catalogue (server state). */
export const catalogueKey = (locale: Locale) => ['messages', locale] as const;

/**
 * One language's compiled catalogue, asked for as soon as the entry script
 * runs. Not preloaded by the HTML: one more request before the first paint
 * delays it on a slow connection more than the words arrive sooner.
 */
export async function fetchCatalogue(locale: Locale): Promise<Messages> {
  const file = catalogueFiles[locale];
  const inline = inlineCatalogues[file];
  if (inline !== undefined) return JSON.parse(inline) as Messages;
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${file}`);
  return (await response.json()) as Messages;
}
