import { readFileSync } from 'node:fs';
import { catalogueFiles, inlineCatalogues } from 'virtual:messages';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from '../../src/features/theme/theme-toggle.tsx';
import { makeTranslator, TranslatorProvider } from '../../src/i18n/i18n.tsx';

const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
});
afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
});

describe('ThemeToggle', () => {
  it('follows the system until the reader chooses, then shows and remembers the choice', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(theme).toHaveDisplayValue('Follow system');
    expect(root.dataset.theme).toBeUndefined();

    await user.selectOptions(theme, screen.getByRole('option', { name: 'Dark theme' }));
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem('theme')).toBe('dark');

    await user.selectOptions(theme, screen.getByRole('option', { name: 'Light theme' }));
    expect(root.dataset.theme).toBe('light');
    expect(localStorage.getItem('theme')).toBe('light');

    await user.selectOptions(theme, screen.getByRole('option', { name: 'Follow system' }));
    expect(root.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('theme')).toBeNull();
  });

  it('shows the remembered choice on the next visit', () => {
    localStorage.setItem('theme', 'dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark theme');
  });

  it('follows a choice made in another tab', async () => {
    render(<ThemeToggle />);
    localStorage.setItem('theme', 'light');
    window.dispatchEvent(new StorageEvent('storage', { key: 'theme', newValue: 'light' }));
    expect(await screen.findByDisplayValue('Light theme')).toBeInTheDocument();
    expect(root.dataset.theme).toBe('light');
  });

  it('speaks the interface language', () => {
    const vi = makeTranslator('vi', JSON.parse(inlineCatalogues[catalogueFiles.vi] ?? '{}'));
    render(
      <TranslatorProvider translator={vi}>
        <ThemeToggle />
      </TranslatorProvider>,
    );
    const theme = screen.getByRole('combobox', { name: 'Giao diện' });
    expect(theme).toHaveDisplayValue('Theo hệ thống');
    expect(screen.getByRole('option', { name: 'Giao diện tối' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Giao diện sáng' })).toBeInTheDocument();
  });
});

describe('public/theme.js (before the first paint)', () => {
  const run = () => new Function(readFileSync('public/theme.js', 'utf8'))();

  it('sets the remembered choice on <html>', () => {
    localStorage.setItem('theme', 'dark');
    run();
    expect(root.dataset.theme).toBe('dark');
  });

  it('leaves the system to decide when nothing, or nonsense, is stored', () => {
    run();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem('theme', 'purple');
    run();
    expect(root.dataset.theme).toBeUndefined();
  });

  it('is loaded from index.html as a blocking script before any content, as the security policy allows', () => {
    const html = readFileSync('index.html', 'utf8');
    const body = /<body>([\s\S]*?)<div id="root">/.exec(html)?.[1] ?? '';
    // Not async, not deferred, not a module: it runs before the body is painted.
    expect(body).toContain('<script src="%BASE_URL%theme.js"></script>');
  });
});
