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
import { countryName, KIND_LABELS, partnerLabel, STANDING_LABELS } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import { type FacetCounts, hostCountry } from '../../data/selectors.ts';
import { DownloadMenu } from '../../ui/download-menu.tsx';
import { imageDownloadItems } from '../../ui/image-downloads.ts';
import { preloadable } from '../../ui/preloadable.tsx';
import { StandingTag } from '../../ui/standing-tag.tsx';
import { WhenVisible } from '../../ui/when-visible.tsx';
import { toggleValue, withoutEmbed } from '../../url/url-state.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import { binsFor } from './map-bins.ts';
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
      ? `Partners’ standing with the convention, as of ${convention ? formatDay(convention.asOf) : ''}`
      : 'Partner countries by number of meetings';
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
        <h2 id="map-title">Partners on the map</h2>
        <p className="muted small">
          {layer === 'status'
            ? 'Shaded by where each state stands with the convention.'
            : 'Shaded by meetings under the current filters.'}{' '}
          Click a country to filter by it. Zoom with the buttons, a pinch or Ctrl/⌘ + scroll; drag
          to pan.
        </p>
        <DownloadMenu label="Save image of the map" buttonText="Save image" items={downloads} />
      </div>
      {convention && (
        // biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not a form
        <div className="map-layers" role="group" aria-label="Shade the map by">
          <span className="small muted">Shade by:</span>
          <button
            type="button"
            className="button"
            aria-pressed={layer === 'meetings'}
            onClick={() => setLayer('meetings')}
          >
            Meetings
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={layer === 'status'}
            onClick={() => setLayer('status')}
          >
            Convention status
          </button>
        </div>
      )}
      <div className="map-layout">
        <div className="map-main" ref={mainRef}>
          <WhenVisible
            preload={preload}
            placeholder={<div className="map-placeholder">Loading the map…</div>}
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
              <strong>No meetings match</strong> the current filters.
            </p>
          )}
          <ul className="legend map-legend" aria-label="Map legend">
            {countrySelected && (
              <li>
                <span className="swatch selected-swatch" aria-hidden="true" /> Selected
              </li>
            )}
            {layer === 'status' &&
              CONVENTION_STATUSES.filter((status) => status !== 'unknown').map((status) => (
                <li key={status} className={countrySelected ? 'dimmed' : undefined}>
                  <span
                    className={`swatch ${status === 'not-signed' ? 'map-none' : `status-${status}`}${status === 'ratification-reported' ? ' reported' : ''}`}
                    aria-hidden="true"
                  />{' '}
                  {STANDING_LABELS[status]}
                </li>
              ))}
            {layer === 'meetings' && maxCount > 0 && (
              <>
                {countrySelected && <li>Others dimmed:</li>}
                <li className={countrySelected ? 'dimmed' : undefined}>
                  <span className="swatch map-none" aria-hidden="true" /> No meetings
                </li>
                {bins.map((bin, index) => (
                  <li key={bin.label} className={countrySelected ? 'dimmed' : undefined}>
                    <span className={`swatch meetings-${index}`} aria-hidden="true" /> {bin.label}{' '}
                    {bin.label === '1' ? 'meeting' : 'meetings'}
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
                Host: {countryName(host)}
              </li>
            )}
          </ul>
          {layer === 'status' && convention && totals && (
            <p className="small muted map-status-note">
              Status as of {formatDay(convention.asOf)}.{' '}
              {totals.identifiedSignatories.toLocaleString('en')} of the{' '}
              {totals.statedSignatories.toLocaleString('en')} signatories the UN record counts
              {totals.statedAsOf ? ` on ${formatDay(totals.statedAsOf)}` : ''} are identified here
              {totals.identifiedSignatories < totals.statedSignatories
                ? '; the others are not known to this dataset and show as “No signature known”'
                : ''}
              . A hatched country’s ratification is only reported, not yet in the UN record.
            </p>
          )}
        </div>
        {sideList.length > 0 && (
          <div className="map-side">
            <h3 id="side-partners-title">Organisations and companies</h3>
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
                      title={partner.name}
                    >
                      <span>
                        {partnerLabel(partner)}
                        <span className="muted small">
                          {' '}
                          · {KIND_LABELS[partner.kind]}
                          {partner.country ? `, ${countryName(partner.country)}` : ''}
                        </span>
                      </span>
                      {own && <StandingTag standing={own} />}
                      <span className="option-count">
                        {count}
                        <span className="visually-hidden">
                          {' '}
                          {count === 1 ? 'meeting' : 'meetings'}
                        </span>
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
