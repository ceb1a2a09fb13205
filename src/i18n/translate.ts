import { type I18n, type Messages, setupI18n } from '@lingui/core';
import { INTL_TAGS, type Locale } from './locales.ts';
import type { MessageKey } from './message-keys.ts';

export type { MessageKey };
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** What code outside React needs to put words on screen: the language and its messages. */
export interface Lang {
  locale: Locale;
  /** The BCP 47 tag Intl formats with ("en-GB", "vi-VN"). */
  tag: string;
  t: Translate;
}

/** The words of one language, from its compiled catalogue. */
export function makeLang(locale: Locale, messages: Messages): Lang {
  const tag = INTL_TAGS[locale];
  const i18n: I18n = setupI18n({ locale, locales: [tag], messages: { [locale]: messages } });
  // Most messages are plain text, or text with plain placeholders: joined here,
  // they skip the formatter Lingui builds for each call (hundreds at start-up).
  // Plurals, selects and numbers go to Lingui.
  const plain = new Map<string, string>();
  const simple = new Map<string, readonly (string | readonly [string])[]>();
  for (const [key, compiled] of Object.entries(messages)) {
    if (!Array.isArray(compiled)) continue;
    const parts = compiled as unknown[];
    if (parts.length === 1 && typeof parts[0] === 'string') plain.set(key, parts[0]);
    else if (
      parts.every(
        (part) =>
          typeof part === 'string' ||
          (Array.isArray(part) && part.length === 1 && typeof part[0] === 'string'),
      )
    )
      simple.set(key, parts as (string | [string])[]);
  }
  // A key missing from this language shows the key, which the catalogue tests catch.
  return {
    locale,
    tag,
    t: (key, values) => {
      const text = plain.get(key);
      if (text !== undefined) return text;
      const parts = simple.get(key);
      if (!parts || !values) return i18n._(key, values);
      let out = '';
      for (const part of parts)
        out += typeof part === 'string' ? part : String(values[part[0]] ?? '');
      return out;
    },
  };
}
