import { catalogueFiles, inlineCatalogues } from 'virtual:messages';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { LanguageSwitch } from '../../src/app/language-switch.tsx';
import { makeTranslator, TranslatorProvider } from '../../src/i18n/i18n.tsx';
import { type Locale, localePrefix } from '../../src/i18n/locales.ts';

/** The switch as the app places it: below the language's own router, in that language. */
function renderSwitch(url: string, locale: Locale) {
  const memory = memoryLocation({ path: url, record: true });
  const translator = makeTranslator(
    locale,
    JSON.parse(inlineCatalogues[catalogueFiles[locale]] ?? '{}'),
  );
  render(
    <Router hook={memory.hook} searchHook={memory.searchHook}>
      <TranslatorProvider translator={translator}>
        <Router base={localePrefix(locale)}>
          <LanguageSwitch />
        </Router>
      </TranslatorProvider>
    </Router>,
  );
  return () => memory.history?.at(-1);
}

describe('language switch', () => {
  it('links an English view to the same view in Vietnamese, filters and meeting kept', async () => {
    const location = renderSwitch('/meetings/m1?country=PL&q=luong', 'en');
    const link = screen.getByRole('link', { name: 'Tiếng Việt' });
    expect(link).toHaveAttribute('href', '/vi/meetings/m1?country=PL&q=luong');
    expect(link).toHaveAttribute('lang', 'vi');
    expect(link).toHaveAttribute('hreflang', 'vi');
    expect(link).toHaveAttribute('title', 'Switch to Vietnamese');
    await userEvent.click(link);
    expect(location()).toBe('/vi/meetings/m1?country=PL&q=luong');
  });

  it('links a Vietnamese view back to English, and the Vietnamese home page to the English one', () => {
    renderSwitch('/vi/convention?embed=1', 'vi');
    const link = screen.getByRole('link', { name: 'English' });
    expect(link).toHaveAttribute('href', '/convention?embed=1');
    expect(link).toHaveAttribute('lang', 'en');
    expect(link).toHaveAttribute('title', 'Chuyển sang tiếng Anh');
  });

  it('takes the Vietnamese home page to the English home page', () => {
    renderSwitch('/vi/', 'vi');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
  });
});
