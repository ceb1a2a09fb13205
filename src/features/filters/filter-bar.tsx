import { PARTNER_KINDS } from '../../data/codes.ts';
import { formatDay } from '../../data/dates.ts';
import {
  EMPTY_FILTERS,
  type FacetKey,
  type Filters,
  hasActiveFilters,
} from '../../data/filters.ts';
import { countryName, KIND_LABELS, partnerLabel } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { FacetCounts } from '../../data/selectors.ts';
import { toggleValue } from '../../url/url-state.ts';
import { useUrlActions } from '../../url/use-url-state.ts';

interface Option {
  value: string;
  label: string;
  count: number;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');

export function facetOptions(
  prepared: PreparedDataset,
  counts: FacetCounts,
  filters: Filters,
): Record<FacetKey, Option[]> {
  // Selected values stay listed even when the dataset has no meeting for them.
  const countries = [...new Set([...prepared.countries, ...filters.country])];
  return {
    country: countries
      .map((code) => ({
        value: code,
        label: countryName(code),
        count: counts.country.get(code) ?? 0,
      }))
      .sort(byLabel),
    partner: prepared.activePartners
      .filter((p) => p.kind !== 'country')
      .map((p) => ({ value: p.id, label: partnerLabel(p), count: counts.partner.get(p.id) ?? 0 }))
      .sort(byLabel),
    topic: prepared.data.topics
      .map((t) => ({ value: t.id, label: t.label, count: counts.topic.get(t.id) ?? 0 }))
      .sort(byLabel),
    kind: PARTNER_KINDS.map((kind) => ({
      value: kind,
      label: KIND_LABELS[kind],
      count: counts.kind.get(kind) ?? 0,
    })),
  };
}

const FACETS: { key: FacetKey; title: string; chip: string }[] = [
  { key: 'country', title: 'Partner countries', chip: 'Country' },
  { key: 'partner', title: 'Organisations & companies', chip: 'Partner' },
  { key: 'topic', title: 'Topics', chip: 'Topic' },
  { key: 'kind', title: 'Partner kind', chip: 'Kind' },
];

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
  const labelOf = (key: FacetKey, value: string) =>
    options[key].find((o) => o.value === value)?.label ?? value;

  const toggle = (key: FacetKey, value: string) =>
    setFilters({ ...filters, [key]: toggleValue(filters[key] as string[], value) });

  const chips: { id: string; text: string; remove: () => void }[] = [
    ...FACETS.flatMap(({ key, chip }) =>
      (filters[key] as string[]).map((value) => ({
        id: `${key}:${value}`,
        text: `${chip}: ${labelOf(key, value)}`,
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
            selected={filters[key] as string[]}
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
  options: Option[];
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
