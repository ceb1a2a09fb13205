import { memo, useMemo, useRef } from 'react';
import {
  CONVENTION_STATUSES,
  conventionCounts,
  partnerStanding,
  standingLookup,
} from '../../data/convention.ts';
import { formatDay } from '../../data/dates.ts';
import { exportCaption } from '../../data/export/caption.ts';
import { exportFileName } from '../../data/export/file-name.ts';
import type { Filters } from '../../data/filters.ts';
import { KIND_LABELS, STANDING_LABELS } from '../../data/labels.ts';
import { countryName, localText, partnerLabel } from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import { type FacetCounts, hostCountry } from '../../data/selectors.ts';
import { type Translator, useTranslator } from '../../i18n/i18n.tsx';
import { DownloadMenu } from '../../ui/download-menu.tsx';
import { imageDownloadItems } from '../../ui/image-downloads.ts';
import { preloadable } from '../../ui/preloadable.tsx';
import { StandingTag } from '../../ui/standing-tag.tsx';
import { WhenVisible } from '../../ui/when-visible.tsx';
import { toggleValue, withoutEmbed } from '../../url/url-state.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import { type Bin, binsFor } from './map-bins.ts';
import './map.css';

// d3-geo, topojson and the geometry arrive after the page is usable.
// `preloadMap` fetches the code and the geometry ahead of need (the page calls
// it while the data loads).
const { Component: WorldMap, preload } = preloadable(() =>
  import('./world-map.tsx').then((m) => {
    m.preloadWorld();
    return m.WorldMap;
  }),
);
export const preloadMap = preload;

/** Memoised: re-renders when its data changes, not on every URL change. */
export const MapPanel = memo(function MapPanel({
  prepared,
  facetCounts,
  filters,
  matching,
}: {
  prepared: PreparedDataset;
  facetCounts: FacetCounts;
  filters: Filters;
  /** How many meetings match every filter. */
  matching: number;
}) {
  const translator = useTranslator();
  const { t, rich, number, locale, tag } = translator;
  const { updateFilters } = useStableUrlActions();
  const host = useMemo(() => hostCountry(prepared), [prepared]);
  const counts = facetCounts.country;
  const maxCount = useMemo(() => Math.max(0, ...counts.values()), [counts]);
  const bins = useMemo(() => binsFor(maxCount), [maxCount]);
  // Partners without territory, plus companies (also counted for their home country).
  const sideList = prepared.activePartners.filter((p) => p.kind !== 'country');
  const sideSelected = sideList.some((p) => filters.partner.includes(p.id));
  const countrySelected = filters.country.length > 0;

  // The status layer exists only for datasets with a convention part; a link
  // asking for it elsewhere shows meetings.
  const convention = prepared.data.convention;
  const layer = convention ? filters.map : 'meetings';
  const standing = layer === 'status' ? standingLookup(convention) : undefined;
  const totals = useMemo(() => (convention ? conventionCounts(convention) : null), [convention]);
  const setLayer = (map: Filters['map']) => updateFilters((current) => ({ ...current, map }));

  const toggleCountry = (code: string) =>
    updateFilters((current) => ({ ...current, country: toggleValue(current.country, code) }));
  const togglePartner = (id: string) =>
    updateFilters((current) => ({ ...current, partner: toggleValue(current.partner, id) }));
  const mainRef = useRef<HTMLDivElement>(null);
  const pictureTitle =
    layer === 'status'
      ? t('map.picture-title-status', { day: convention ? formatDay(convention.asOf, tag) : '' })
      : t('map.picture-title-meetings');
  const downloads = imageDownloadItems({
    title: pictureTitle,
    svg: () => mainRef.current?.querySelector('svg[data-testid="world-map"]') ?? null,
    legend: () => mainRef.current?.querySelector('.map-legend') ?? null,
    caption: () =>
      exportCaption(
        prepared.data,
        prepared,
        filters,
        { matching, total: prepared.meetings.length },
        // The full explorer's address, also when drawn inside an embed.
        withoutEmbed(window.location.href),
        translator,
      ),
    fileName: (extension) =>
      exportFileName(
        layer === 'status' ? 'map of convention status' : 'map of meetings',
        filters,
        prepared.data,
        extension,
      ),
  });

  return (
    <section className="card map-card" aria-labelledby="map-title">
      <div className="card-head">
        <h2 id="map-title">{t('map.title')}</h2>
        <p className="muted small">
          {layer === 'status' ? t('map.intro-status') : t('map.intro-meetings')} {t('map.how-to')}
        </p>
        <DownloadMenu
          label={t('map.save-image-label')}
          buttonText={t('map.save-image')}
          items={downloads}
        />
      </div>
      {convention && (
        // biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not a form
        <div className="map-layers" role="group" aria-label={t('map.layers')}>
          <span className="small muted">{t('map.shade-by')}</span>
          <button
            type="button"
            className="button"
            aria-pressed={layer === 'meetings'}
            onClick={() => setLayer('meetings')}
          >
            {t('map.layer-meetings')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={layer === 'status'}
            onClick={() => setLayer('status')}
          >
            {t('map.layer-status')}
          </button>
        </div>
      )}
      <div className="map-layout">
        <div className="map-main" ref={mainRef}>
          <WhenVisible
            preload={preload}
            placeholder={<div className="map-placeholder">{t('map.loading')}</div>}
          >
            <WorldMap
              counts={counts}
              selected={filters.country}
              host={host}
              bins={bins}
              onToggle={toggleCountry}
              standing={standing}
            />
          </WhenVisible>
          {matching === 0 && (
            <p className="map-empty view-empty">
              {rich('map.no-match', {}, { 0: (s) => <strong>{s}</strong> })}
            </p>
          )}
          <ul className="legend map-legend" aria-label={t('map.legend')}>
            {countrySelected && (
              <li>
                <span className="swatch selected-swatch" aria-hidden="true" />{' '}
                {t('map.legend-selected')}
              </li>
            )}
            {layer === 'status' &&
              CONVENTION_STATUSES.filter((status) => status !== 'unknown').map((status) => (
                <li key={status} className={countrySelected ? 'dimmed' : undefined}>
                  <span
                    className={`swatch ${status === 'not-signed' ? 'map-none' : `status-${status}`}${status === 'ratification-reported' ? ' reported' : ''}`}
                    aria-hidden="true"
                  />{' '}
                  {t(STANDING_LABELS[status])}
                </li>
              ))}
            {layer === 'meetings' && maxCount > 0 && (
              <>
                {countrySelected && <li>{t('map.legend-others-dimmed')}</li>}
                <li className={countrySelected ? 'dimmed' : undefined}>
                  <span className="swatch map-none" aria-hidden="true" />{' '}
                  {t('map.legend-no-meetings')}
                </li>
                {bins.map((bin, index) => (
                  <li key={bin.label} className={countrySelected ? 'dimmed' : undefined}>
                    <span className={`swatch meetings-${index}`} aria-hidden="true" />{' '}
                    {binText(bin, translator)}
                  </li>
                ))}
              </>
            )}
            {host && (
              <li>
                {layer === 'status' ? (
                  <span className="host-star" aria-hidden="true">
                    ★
                  </span>
                ) : (
                  <span className="swatch host-swatch" aria-hidden="true" />
                )}{' '}
                {t('map.legend-host', { country: countryName(host, locale) })}
              </li>
            )}
          </ul>
          {layer === 'status' && convention && totals && (
            <p className="small muted map-status-note">
              {t('map.status-as-of', { day: formatDay(convention.asOf, tag) })}{' '}
              {identifiedText(totals, translator)} {t('map.status-hatched')}
            </p>
          )}
        </div>
        {sideList.length > 0 && (
          <div className="map-side">
            <h3 id="side-partners-title">{t('map.side-title')}</h3>
            <ul
              className={sideSelected ? 'side-partners has-selection' : 'side-partners'}
              aria-labelledby="side-partners-title"
            >
              {sideList.map((partner) => {
                const count = facetCounts.partner.get(partner.id) ?? 0;
                const selected = filters.partner.includes(partner.id);
                const own = standing ? partnerStanding(partner, standing) : null;
                return (
                  <li key={partner.id} className={count === 0 ? 'zero' : undefined}>
                    <button
                      type="button"
                      className={selected ? 'side-partner selected' : 'side-partner'}
                      aria-pressed={selected}
                      onClick={() => togglePartner(partner.id)}
                      title={localText(partner, 'name', locale).text}
                    >
                      <span>
                        {partnerLabel(partner, locale)}
                        <span className="muted small">
                          {' '}
                          · {t(KIND_LABELS[partner.kind])}
                          {partner.country ? `, ${countryName(partner.country, locale)}` : ''}
                        </span>
                      </span>
                      {own && <StandingTag standing={own} />}
                      <span className="option-count">
                        <span aria-hidden="true">{number(count)}</span>
                        <span className="visually-hidden">{t('map.meetings', { count })}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
});

/** A legend entry: "1 meeting", "2–3 meetings", "16+ meetings". */
function binText(bin: Bin, { t }: Translator): string {
  if (bin.label.endsWith('+')) return t('map.legend-bin-open', { min: bin.min });
  if (bin.max === null || bin.max === bin.min) return t('map.meetings', { count: bin.min });
  return t('map.legend-bin-range', { min: bin.min, max: bin.max });
}

/** How many of the UN record's signatories the dataset names, and what the rest show as. */
function identifiedText(
  totals: { identifiedSignatories: number; statedSignatories: number; statedAsOf: string | null },
  { t, tag }: Translator,
): string {
  const values = {
    identified: totals.identifiedSignatories,
    stated: totals.statedSignatories,
    day: totals.statedAsOf ? formatDay(totals.statedAsOf, tag) : '',
    none: t(STANDING_LABELS['not-signed']),
  };
  const others = totals.identifiedSignatories < totals.statedSignatories;
  if (totals.statedAsOf) {
    return t(others ? 'map.status-identified-on-others' : 'map.status-identified-on', values);
  }
  return t(others ? 'map.status-identified-others' : 'map.status-identified', values);
}
