import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { meetingsPerDay } from '../../data/dataset-facts.ts';
import { formatDay } from '../../data/dates.ts';
import { FACETS, type FacetKey } from '../../data/facets.ts';
import { clearedFilters, type Filters, hasActiveFilters } from '../../data/filters.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import {
  activeFilters,
  type FacetCounts,
  type FacetOption,
  facetOptions,
} from '../../data/selectors.ts';
import { foldText, searchTerms } from '../../data/text.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { serializeFilters, toggleValue } from '../../url/url-state.ts';
import { useUrlActions } from '../../url/use-url-state.ts';
import { DayField, DayOptions } from './day-field.tsx';
import { useNarrowScreen } from './use-narrow-screen.ts';
import './filter-bar.css';

/** A facet with more options than this gets a search box. */
const SEARCH_FROM = 8;
/** A facet with more options than this shows the first `SHORT_LIST` until the reader asks for all. */
const LONG_LIST = 15;
const SHORT_LIST = 10;
const DAYS_LIST_ID = 'filter-days';

/**
 * The filters: a status bar (how many meetings match, the active filters as
 * removable chips) that stays in sight while the reader scrolls, so a filter
 * set from the map or a chart far below is confirmed where they are; and the
 * filter controls, inline on a wide screen, in a sheet behind a "Filters (n)"
 * button on a phone, where they would otherwise fill the first screen.
 */
export function FilterBar({
  prepared,
  filters,
  facetCounts,
  matching,
  statusOnly = false,
}: {
  prepared: PreparedDataset;
  filters: Filters;
  facetCounts: FacetCounts;
  /** How many meetings the filters leave. */
  matching: number;
  /** Only the status bar, no controls (embed mode). */
  statusOnly?: boolean;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const { setFilters } = useUrlActions();
  const narrow = useNarrowScreen() && !statusOnly;
  // Local UI state: whether the phone's filter sheet is open.
  const [sheetOpen, setSheetOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const chips = activeFilters(prepared, filters, translator);
  const total = prepared.meetings.length;
  const active = hasActiveFilters(filters);

  const controls = (
    <FilterControls prepared={prepared} filters={filters} facetCounts={facetCounts} />
  );

  return (
    <>
      <section className="filter-status" aria-label={t('filters.current')}>
        {narrow && (
          <button
            ref={toggleRef}
            type="button"
            className="button filters-toggle"
            aria-haspopup="dialog"
            aria-expanded={sheetOpen}
            onClick={() => setSheetOpen(true)}
          >
            {chips.length > 0
              ? t('filters.toggle-count', { count: chips.length })
              : t('filters.toggle')}
          </button>
        )}
        <MatchCount
          matching={matching}
          total={total}
          active={active}
          changeKey={serializeFilters(filters)}
        />
        {chips.length > 0 && (
          <ul className="chips" aria-label={t('filters.active')}>
            {chips.map((chip) => (
              <li key={chip.id}>
                <button
                  type="button"
                  className="chip active"
                  onClick={() => setFilters(chip.without)}
                  aria-label={t('filters.remove', { filter: chip.text })}
                >
                  {chip.text} <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {active && (
          <button
            type="button"
            className="button clear-all"
            onClick={() => setFilters(clearedFilters(filters))}
          >
            {t('filters.clear-all')}
          </button>
        )}
      </section>
      {!narrow && !statusOnly && (
        <section className="card filter-bar" aria-labelledby="filters-title">
          <h2 id="filters-title">{t('filters.title')}</h2>
          {controls}
        </section>
      )}
      {narrow && sheetOpen && (
        <FilterSheet
          onClose={() => {
            setSheetOpen(false);
            toggleRef.current?.focus();
          }}
          footer={(close) => (
            <>
              <MatchCount matching={matching} total={total} active={active} />
              <button type="button" className="button primary" onClick={close}>
                {t('filters.show-meetings', { count: matching })}
              </button>
            </>
          )}
        >
          {controls}
        </FilterSheet>
      )}
    </>
  );
}

/**
 * "12 of 41 meetings match", announced politely when it changes (React only
 * touches the text when it differs, so unrelated renders say nothing). A
 * change of filters also flashes it, for the reader who set a filter from a
 * view further down the page.
 */
function MatchCount({
  matching,
  total,
  active,
  changeKey,
}: {
  matching: number;
  total: number;
  active: boolean;
  /** Differs whenever the filters do; omitted where no flash is wanted. */
  changeKey?: string;
}) {
  const { t } = useTranslator();
  // Local UI state: how many filter changes have been confirmed; each remounts the flash.
  const [flashes, setFlashes] = useState(0);
  const lastKey = useRef(changeKey);
  useEffect(() => {
    if (lastKey.current === changeKey) return;
    lastKey.current = changeKey;
    setFlashes((n) => n + 1);
  }, [changeKey]);

  const text = active
    ? t('filters.match-count', { matching, total })
    : t('filters.all-meetings', { total });
  return (
    <p className="match-count">
      {flashes > 0 && <span key={flashes} className="match-flash" aria-hidden="true" />}
      <span aria-live="polite" aria-atomic="true">
        {text}
      </span>
    </p>
  );
}

/** The phone's filters: a modal sheet (Escape or Close shuts it; focus returns to the button). */
function FilterSheet({
  onClose,
  footer,
  children,
}: {
  onClose: () => void;
  footer: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslator();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const close = () => ref.current?.close();
  return (
    <dialog
      ref={ref}
      className="filter-sheet"
      aria-labelledby="filter-sheet-title"
      onClose={onClose}
    >
      <div className="sheet-head">
        <h2 id="filter-sheet-title">{t('filters.title')}</h2>
        <button type="button" className="button" onClick={close}>
          {t('filters.close')}
        </button>
      </div>
      <div className="sheet-body">{children}</div>
      <div className="sheet-foot">{footer(close)}</div>
    </dialog>
  );
}

function FilterControls({
  prepared,
  filters,
  facetCounts,
}: {
  prepared: PreparedDataset;
  filters: Filters;
  facetCounts: FacetCounts;
}) {
  const translator = useTranslator();
  const { t, rich, tag } = translator;
  const { setFilters } = useUrlActions();
  const options = facetOptions(prepared, facetCounts, filters, translator);
  // Local UI state: whether the dates are open. A long dataset has thousands of
  // days to suggest; they are listed only once someone looks at the dates.
  const [datesOpen, setDatesOpen] = useState(false);
  const days = useMemo(
    () => (datesOpen ? meetingsPerDay(prepared.meetings) : []),
    [datesOpen, prepared],
  );
  const toggle = (key: FacetKey, value: string) =>
    setFilters({ ...filters, [key]: toggleValue(filters[key], value) });

  return (
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
      <details className="facet" onToggle={(event) => setDatesOpen(event.currentTarget.open)}>
        <summary>
          {t('filters.dates')}
          {(filters.from || filters.to) && (
            <span className="facet-count">
              {rich(
                'filters.dates-set',
                { count: [filters.from, filters.to].filter(Boolean).length },
                { 0: (s) => <span className="visually-hidden">{s}</span> },
              )}
            </span>
          )}
        </summary>
        <fieldset className="date-range">
          <legend className="visually-hidden">{t('filters.dates')}</legend>
          <DayField
            label={t('filters.from')}
            value={filters.from}
            listId={DAYS_LIST_ID}
            example={prepared.firstDay}
            refuse={(day) =>
              filters.to && day > filters.to
                ? t('filters.start-after-end', { day: formatDay(filters.to, tag) })
                : null
            }
            onCommit={(from) => setFilters({ ...filters, from })}
          />
          <DayField
            label={t('filters.to')}
            value={filters.to}
            listId={DAYS_LIST_ID}
            example={prepared.lastDay}
            refuse={(day) =>
              filters.from && day < filters.from
                ? t('filters.end-before-start', { day: formatDay(filters.from, tag) })
                : null
            }
            onCommit={(to) => setFilters({ ...filters, to })}
          />
          <DayOptions id={DAYS_LIST_ID} days={days} />
        </fieldset>
      </details>
    </div>
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
  title: MessageKey;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const { t, rich, number, tag } = useTranslator();
  // Local UI state: the text that narrows the list, and whether it shows every option.
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  if (options.length === 0) return null;

  const searchable = options.length > SEARCH_FROM;
  const long = options.length > LONG_LIST;
  const terms = searchTerms(query);
  const found =
    terms.length === 0
      ? options
      : options.filter((option) => {
          const label = foldText(option.label);
          return terms.every((term) => label.includes(term));
        });
  // A short list keeps the chosen options in sight wherever they sort.
  const shown =
    !long || showAll || terms.length > 0
      ? found
      : found.filter((option, i) => i < SHORT_LIST || selected.includes(option.value));
  const heading = t(title);
  const noun = heading.toLocaleLowerCase(tag);

  return (
    <details className="facet">
      <summary>
        {heading}
        {selected.length > 0 && (
          <span className="facet-count">
            {rich(
              'filters.selected',
              { count: selected.length },
              { 0: (s) => <span className="visually-hidden">{s}</span> },
            )}
          </span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{heading}</legend>
        {searchable && (
          <input
            type="search"
            className="facet-search"
            aria-label={t('filters.find-in', { noun })}
            placeholder={t('filters.find')}
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
        <ul className="facet-options">
          {shown.map((option) => {
            const id = `facet-${name}-${option.value}`;
            return (
              <li key={option.value} className={option.count === 0 ? 'zero' : undefined}>
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                  aria-label={t('filters.option', { label: option.label, count: option.count })}
                />
                <label htmlFor={id}>
                  {option.label}
                  <span className="option-count">{number(option.count)}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {found.length === 0 && (
          <p className="muted small facet-none">
            {t('filters.none-match', { noun, query: query.trim() })}
          </p>
        )}
        {long && terms.length === 0 && (showAll || shown.length < options.length) && (
          <button
            type="button"
            className="link-button facet-more"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('filters.show-fewer') : t('filters.show-all', { count: options.length })}
          </button>
        )}
      </fieldset>
    </details>
  );
}
