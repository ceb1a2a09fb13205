import type { Messages } from '@lingui/core';
import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { compiledCatalogue } from '../../scripts/vite/messages-plugin.ts';
import { INTL_TAGS, LOCALES } from '../../src/i18n/locales.ts';
import type { MessageKey } from '../../src/i18n/translate.ts';
import { makeLang } from '../../src/i18n/translate.ts';

describe('the translator', () => {
  for (const locale of LOCALES) {
    it(`says every ${locale} message as Lingui does (its own fast path for plain text included)`, () => {
      const messages = JSON.parse(compiledCatalogue(process.cwd(), locale)) as Messages;
      const lingui = setupI18n({
        locale,
        locales: [INTL_TAGS[locale]],
        messages: { [locale]: messages },
      });
      const { t } = makeLang(locale, messages);
      // A value for every argument a message names: a number where ICU wants one.
      const numeric = /count|total|number|shown|matching|needed|deposited|signatories|^n$/i;
      const valueFor = (name: string) => (numeric.test(name) ? 3 : `‹${name}›`);
      let compared = 0;
      for (const key of Object.keys(messages) as MessageKey[]) {
        const plainValues: Record<string, string | number> = {};
        const argNames = JSON.stringify(messages[key]).match(/\["([\w-]+)"/g) ?? [];
        for (const raw of argNames) {
          const name = raw.slice(2, -1);
          plainValues[name] = valueFor(name);
        }
        expect(t(key, plainValues), key).toBe(lingui._(key, plainValues));
        compared++;
      }
      expect(compared).toBeGreaterThan(300);
    });
  }
});
