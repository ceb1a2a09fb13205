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
  // A key missing from this language shows the key, which the catalogue tests catch.
  return { locale, tag, t: (key, values) => i18n._(key, values) };
}
