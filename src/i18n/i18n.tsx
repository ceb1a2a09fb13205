/**
 * The interface's words. The catalogue is server state (fetched once per
 * language, kept by TanStack Query); the language is URL state (the `/vi/`
 * prefix). Lingui formats the messages: ICU plurals through Intl.PluralRules,
 * numbers through Intl.NumberFormat, in the active language.
 */
import type { Messages } from '@lingui/core';
import { createContext, Fragment, type ReactNode, useContext } from 'react';
import type { Locale } from './locales.ts';
import { type Lang, type MessageKey, type MessageValues, makeLang } from './translate.ts';

export interface Translator extends Lang {
  /**
   * A message with markup: `<0>…</0>` in the message becomes `tags[0](…)`.
   * Values are text only; a value that looks like a tag stays text.
   */
  rich: (
    key: MessageKey,
    values: MessageValues,
    tags: Record<number, (children: string) => ReactNode>,
  ) => ReactNode;
  number: (value: number) => string;
  /** "A, B and C" / "A, B và C". */
  list: (items: readonly string[]) => string;
}

// A value's "<" is swapped for this private-use character while the markup
// is split, so text from the data can never open a tag.
const GUARD = '\uE000';
const TAG = /<(\d+)>([\s\S]*?)<\/\1>/g;

function guardValues(values: MessageValues): MessageValues {
  const out: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    out[name] = typeof value === 'string' ? value.replaceAll('<', GUARD) : value;
  }
  return out;
}

export function makeTranslator(locale: Locale, messages: Messages): Translator {
  const { tag, t } = makeLang(locale, messages);
  // Made on first use: building an Intl formatter costs a few milliseconds of
  // start-up, and a list is rarely needed then.
  let numberFormat: Intl.NumberFormat | undefined;
  let listFormat: Intl.ListFormat | undefined;
  return {
    locale,
    tag,
    t,
    rich: (key, values, tags) => {
      const text = t(key, guardValues(values));
      const parts: ReactNode[] = [];
      const unguard = (s: string) => s.replaceAll(GUARD, '<');
      let last = 0;
      for (const match of text.matchAll(TAG)) {
        if (match.index > last) parts.push(unguard(text.slice(last, match.index)));
        const render = tags[Number(match[1])];
        const inner = unguard(match[2] ?? '');
        parts.push(<Fragment key={`${match.index}`}>{render ? render(inner) : inner}</Fragment>);
        last = match.index + match[0].length;
      }
      if (last < text.length) parts.push(unguard(text.slice(last)));
      return <>{parts}</>;
    },
    number: (value) => {
      numberFormat ??= new Intl.NumberFormat(tag);
      return numberFormat.format(value);
    },
    list: (items) => {
      listFormat ??= new Intl.ListFormat(tag, { type: 'conjunction' });
      return listFormat.format(items);
    },
  };
}

const TranslatorContext = createContext<Translator | null>(null);
let fallbackTranslator: Translator | null = null;

/** Tests render parts of the screen without the app around them. */
export function setFallbackTranslator(translator: Translator | null) {
  fallbackTranslator = translator;
}

export function TranslatorProvider({
  translator,
  children,
}: {
  translator: Translator;
  children: ReactNode;
}) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext) ?? fallbackTranslator;
  if (!translator) throw new Error('useTranslator needs a TranslatorProvider above it');
  return translator;
}
