import { catalogueFiles, inlineCatalogues } from 'virtual:messages';
import type { Messages } from '@lingui/core';
import type { Locale } from './locales.ts';

/** The query key of a language's catalogue (server state). */
export const catalogueKey = (locale: Locale) => ['messages', locale] as const;

/**
 * One language's compiled catalogue. The page's HTML preloads the one it
 * opens in, so this usually answers from that request.
 */
export async function fetchCatalogue(locale: Locale): Promise<Messages> {
  const file = catalogueFiles[locale];
  const inline = inlineCatalogues[file];
  if (inline !== undefined) return JSON.parse(inline) as Messages;
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${file}`);
  return (await response.json()) as Messages;
}
