import type { ActiveFilter } from '../data/selectors.ts';
import { useTranslator } from '../i18n/i18n.tsx';

/**
 * The page's one empty state, above the views: it says that nothing matches,
 * names every active filter and offers to clear them (an open meeting stays
 * open). Each view below also says so in its own place.
 */
export function NoResults({
  active,
  total,
  onClear,
}: {
  active: readonly ActiveFilter[];
  total: number;
  onClear: () => void;
}) {
  const { t, list } = useTranslator();
  return (
    <section className="card no-results" aria-labelledby="no-results-title">
      <div>
        <h2 id="no-results-title">{t('app.no-results-title')}</h2>
        <p>
          {t('app.no-results-text', {
            total,
            scope: active.length > 1 ? 'all' : 'one',
            filters: list(active.map((filter) => filter.text)),
          })}
        </p>
      </div>
      <button type="button" className="button primary" onClick={onClear}>
        {t('app.clear-filters')}
      </button>
    </section>
  );
}
