import type { LocalText } from '../data/localize.ts';
import { useTranslator } from '../i18n/i18n.tsx';
import './local-text.css';

/**
 * Text from the dataset in the reader's language. Where the dataset has no
 * translation the English shows, tagged `lang="en"` (so screen readers switch
 * voice) and marked, so nobody takes it for a translation that is missing words.
 */
export function Localized({ value }: { value: LocalText }) {
  const { locale, t } = useTranslator();
  if (!value.fallback) {
    return value.lang === locale ? value.text : <span lang={value.lang}>{value.text}</span>;
  }
  return (
    <>
      <span lang={value.lang}>{value.text}</span>{' '}
      <span className="untranslated" title={t('ui.untranslated-title')}>
        {t('ui.untranslated')}
      </span>
    </>
  );
}
