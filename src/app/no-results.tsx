import type { ActiveFilter } from '../data/selectors.ts';

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

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
  return (
    <section className="card no-results" aria-labelledby="no-results-title">
      <div>
        <h2 id="no-results-title">Nothing matches these filters</h2>
        <p>
          {total === 1
            ? 'The one meeting does not match '
            : `None of the ${total.toLocaleString('en')} meetings matches `}
          {active.length > 1 ? 'all of ' : ''}
          {listFormat.format(active.map((filter) => filter.text))}. Remove a filter above, or clear
          them all.
        </p>
      </div>
      <button type="button" className="button primary" onClick={onClear}>
        Clear filters
      </button>
    </section>
  );
}
