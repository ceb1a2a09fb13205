import { formatDay } from '../../data/dates.ts';
import { FACETS, type FacetKey } from '../../data/facets.ts';
import { EMPTY_FILTERS, type Filters, hasActiveFilters } from '../../data/filters.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import { type FacetCounts, type FacetOption, facetOptions } from '../../data/selectors.ts';
import { toggleValue } from '../../url/url-state.ts';
import { useUrlActions } from '../../url/use-url-state.ts';
import './filter-bar.css';

export function FilterBar({
  prepared,
  filters,
  facetCounts,
}: {
  prepared: PreparedDataset;
  filters: Filters;
  facetCounts: FacetCounts;
}) {
  const { setFilters } = useUrlActions();
  const options = facetOptions(prepared, facetCounts, filters);
  const toggle = (key: FacetKey, value: string) =>
    setFilters({ ...filters, [key]: toggleValue(filters[key], value) });

  const chips: { id: string; text: string; remove: () => void }[] = [
    ...FACETS.flatMap(({ key, chip, label }) =>
      filters[key].map((value) => ({
        id: `${key}:${value}`,
        text: `${chip}: ${label(value, prepared)}`,
        remove: () => toggle(key, value),
      })),
    ),
    ...(filters.from
      ? [
          {
            id: 'from',
            text: `From ${formatDay(filters.from)}`,
            remove: () => setFilters({ ...filters, from: null }),
          },
        ]
      : []),
    ...(filters.to
      ? [
          {
            id: 'to',
            text: `To ${formatDay(filters.to)}`,
            remove: () => setFilters({ ...filters, to: null }),
          },
        ]
      : []),
    ...(filters.q.trim()
      ? [
          {
            id: 'q',
            text: `Search: “${filters.q.trim()}”`,
            remove: () => setFilters({ ...filters, q: '' }),
          },
        ]
      : []),
  ];

  return (
    <section className="card filter-bar" aria-labelledby="filters-title">
      <div className="card-head">
        <h2 id="filters-title">Filters</h2>
        {hasActiveFilters(filters) && (
          <button type="button" className="button" onClick={() => setFilters(EMPTY_FILTERS)}>
            Clear all
          </button>
        )}
      </div>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.id}>
              <button
                type="button"
                className="chip active"
                onClick={chip.remove}
                aria-label={`Remove filter ${chip.text}`}
              >
                {chip.text} <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="facets">
        {FACETS.map(({ key, title }) => (
          <Facet
            key={key}
            name={key}
            title={title}
            options={options[key]}
            selected={filters[key]}
            onToggle={(value) => toggle(key, value)}
          />
        ))}
        <DateRange
          from={filters.from}
          to={filters.to}
          min={prepared.firstDay}
          max={prepared.lastDay}
          onChange={(from, to) => setFilters({ ...filters, from, to })}
        />
      </div>
    </section>
  );
}

function Facet({
  name,
  title,
  options,
  selected,
  onToggle,
}: {
  name: string;
  title: string;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  if (options.length === 0) return null;
  return (
    <details className="facet">
      <summary>
        {title}
        {selected.length > 0 && <span className="facet-count"> ({selected.length} selected)</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        <ul className="facet-options">
          {options.map((option) => {
            const id = `facet-${name}-${option.value}`;
            return (
              <li key={option.value} className={option.count === 0 ? 'zero' : undefined}>
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                  aria-label={`${option.label}, ${option.count} ${option.count === 1 ? 'meeting' : 'meetings'}`}
                />
                <label htmlFor={id}>
                  {option.label}
                  <span className="option-count">{option.count}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}

function DateRange({
  from,
  to,
  min,
  max,
  onChange,
}: {
  from: string | null;
  to: string | null;
  min: string | null;
  max: string | null;
  onChange: (from: string | null, to: string | null) => void;
}) {
  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <label>
        From
        <input
          type="date"
          value={from ?? ''}
          min={min ?? undefined}
          max={to ?? max ?? undefined}
          onChange={(event) => onChange(event.target.value || null, to)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={to ?? ''}
          min={from ?? min ?? undefined}
          max={max ?? undefined}
          onChange={(event) => onChange(from, event.target.value || null)}
        />
      </label>
    </fieldset>
  );
}
