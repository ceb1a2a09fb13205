/**
 * The reader's theme: "system" (nothing stored; the stylesheet follows
 * `prefers-color-scheme`), or "light" / "dark" chosen explicitly, kept in
 * localStorage and written on <html data-theme>, which the palette's custom
 * properties follow (src/ui/palette.ts). public/theme.js reads the same key
 * before the first paint, so a reload shows the chosen theme from the start.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage key; public/theme.js reads it too. */
export const THEME_KEY = 'theme';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Shows `choice` now and remembers it ("system" forgets the choice). */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}
