import { useEffect, useId, useState } from 'react';
import { useTranslator } from '../../i18n/i18n.tsx';
import { applyTheme, storedTheme, THEME_KEY, type ThemeChoice } from './theme-choice.ts';
import './theme-toggle.css';

const CHOICES = ['system', 'light', 'dark'] as const satisfies readonly ThemeChoice[];

/**
 * Light, dark, or the system's theme: a labelled <select>, which every
 * keyboard and screen reader already knows. The choice is UI state kept in
 * localStorage (not the URL: a shared link shows the reader's own theme);
 * another tab's change is followed.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const { t } = useTranslator();
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_KEY && event.key !== null) return;
      const next = storedTheme();
      applyTheme(next);
      setChoice(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const label = {
    system: t('theme.system'),
    light: t('theme.light'),
    dark: t('theme.dark'),
  } satisfies Record<ThemeChoice, string>;

  return (
    <div className={className ? `theme-toggle ${className}` : 'theme-toggle'}>
      <label htmlFor={id} className="visually-hidden">
        {t('theme.label')}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          applyTheme(next);
          setChoice(next);
        }}
      >
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {label[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
