/**
 * The world map, loaded lazily with its geometry (a static asset, fetched once).
 * Paths are projected once per geometry; filter changes only swap classes, and
 * zooming only moves the viewBox and resizes the few marks kept at a fixed
 * on-screen size (hit targets, markers, labels, the host's star).
 */
import { useQuery } from '@tanstack/react-query';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import type { ConventionStanding } from '../../data/convention.ts';
import { numericToAlpha2 } from '../../data/iso-countries.ts';
import { countryName } from '../../data/localize.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { Lang } from '../../i18n/translate.ts';
import { standingText } from '../../ui/standing-tag.tsx';
import { type Bin, binIndex } from './map-bins.ts';
import {
  type Box,
  HEIGHT,
  hitRadius,
  inView,
  landSpot,
  MAX_ZOOM,
  type Point,
  placeLabels,
  viewBox,
  WIDTH,
} from './map-view.ts';
import smallCountries from './small-countries.json';
import { useMapZoom } from './use-map-zoom.ts';

const ANTARCTICA = '010';
/** On-screen sizes, in CSS px, whatever the zoom. */
const MARKER_PX = 5;
const LABEL_PX = 11;
const STAR_PX = 8;
const HATCH_PX = 6;

interface Shape {
  code: string;
  d: string;
  /** A point on its largest piece of land, for its label, tooltip and hit target. */
  at: Point;
  /** Bounds of the whole shape. */
  box: Box;
  /** Room for a label around `at`, on land. */
  labelBox: Box;
}

/** A partner the reader can click: its shape, or a marker for a country too small to draw. */
interface Target {
  code: string;
  at: Point;
  box: Box;
  shape: Shape | null;
}

type WorldTopology = Topology<{ countries: GeometryCollection }>;

/** The geometry's download failed with this HTTP status. */
class MapDownloadError extends Error {
  constructor(readonly status: number) {
    super(`The map could not be downloaded (${status}).`);
  }
}

function projectWorld(topology: WorldTopology) {
  const countries = feature(topology, topology.objects.countries);
  const shown = countries.features.filter((f) => String(f.id) !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: shown },
  );
  const path = geoPath(projection);
  let rings: Point[][] = [];
  const none = () => {};
  const trace = geoPath(projection, {
    moveTo: (x, y) => rings.push([[x, y]]),
    lineTo: (x, y) => rings.at(-1)?.push([x, y]),
    beginPath: none,
    closePath: none,
    arc: none,
  });
  const shapes: Shape[] = [];
  for (const f of shown) {
    const code = numericToAlpha2(String(f.id ?? ''));
    const d = path(f);
    if (!code || !d) continue;
    // France's centroid lies between Europe and French Guiana: label the biggest piece.
    const pieces: GeoJSON.Polygon[] =
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : [f.geometry as GeoJSON.Polygon];
    const main = pieces.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
    rings = [];
    trace(main);
    const spot = landSpot(rings, path.centroid(main));
    shapes.push({ code, d, at: spot.at, box: path.bounds(f), labelBox: spot.box });
  }
  const points = new Map<string, Point>();
  for (const [code, lonLat] of Object.entries(smallCountries as Record<string, number[]>)) {
    const [lon = 0, lat = 0] = lonLat;
    const xy = projection([lon, lat]);
    if (xy) points.set(code, [xy[0], xy[1]]);
  }
  return { shapes, points };
}

let topology: Promise<WorldTopology> | null = null;

/**
 * The geometry, downloaded once; shared by the query and `preloadWorld`. A
 * failed download is forgotten, so Retry downloads it again.
 */
function loadWorld(): Promise<WorldTopology> {
  topology ??= fetch(worldUrl)
    .then((response) => {
      if (!response.ok) throw new MapDownloadError(response.status);
      return response.json() as Promise<WorldTopology>;
    })
    .catch((error: unknown) => {
      topology = null;
      throw error;
    });
  return topology;
}

/** Starts the geometry's download before the map mounts. */
export function preloadWorld(): void {
  loadWorld().catch(() => {});
}

function useWorldShapes() {
  return useQuery({
    queryKey: ['world-110m', worldUrl],
    queryFn: loadWorld,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    // A stable function, so the projection runs once, not on every render.
    select: projectWorld,
  });
}

interface MapProps {
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  host: string | null;
  bins: readonly Bin[];
  onToggle: (code: string) => void;
  /** Given, the map shades every country by its standing with the convention instead of by meetings. */
  standing?: ((code: string) => ConventionStanding) | undefined;
}

export function WorldMap(props: MapProps) {
  const { t } = useTranslator();
  const query = useWorldShapes();
  if (query.isPending) return <div className="map-placeholder">{t('map.loading')}</div>;
  if (query.isError) {
    const { error } = query;
    return (
      <div className="map-placeholder" role="alert">
        <p>
          {error instanceof MapDownloadError
            ? t('map.download-failed', { status: error.status })
            : t('map.download-failed-network')}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('map.retry')}
        </button>
      </div>
    );
  }
  return <MapCanvas {...props} shapes={query.data.shapes} points={query.data.points} />;
}

function MapCanvas({
  counts,
  selected,
  host,
  bins,
  onToggle,
  standing,
  shapes,
  points,
}: MapProps & { shapes: readonly Shape[]; points: ReadonlyMap<string, Point> }) {
  const lang = useTranslator();
  const { t, locale } = lang;
  const svgRef = useRef<SVGSVGElement>(null);
  // Local UI state: the partner under the pointer or keyboard focus.
  const [hover, setHover] = useState<string | null>(null);

  const label = (code: string) => labelFor(code, counts, host, lang, standing);

  const { targets, missing } = useMemo(() => {
    const interactive = (code: string) => (counts.get(code) ?? 0) > 0 || selected.includes(code);
    const shapeCodes = new Set(shapes.map((s) => s.code));
    const targets: Target[] = shapes
      .filter((s) => interactive(s.code))
      .map((shape) => ({ code: shape.code, at: shape.at, box: shape.box, shape }));
    const missing: string[] = [];
    for (const code of new Set([...counts.keys(), ...selected])) {
      if (shapeCodes.has(code) || !interactive(code)) continue;
      const at = points.get(code);
      if (at) targets.push({ code, at, box: [at, at], shape: null });
      else missing.push(code);
    }
    return { targets, missing: missing.sort() };
  }, [shapes, points, counts, selected]);

  const selectionCentre = useMemo(
    () => middleOf(targets.filter((t) => selected.includes(t.code)).map((t) => t.at)),
    [targets, selected],
  );
  const zoom = useMapZoom(svgRef, selectionCentre);
  const { view, pxPerUnit, reveal } = zoom;

  // The shapes change with the filters only: zooming and hovering skip them.
  const layers = useMemo(() => {
    const shade = (code: string) => {
      if (standing) {
        const { status } = standing(code);
        if (status === 'not-signed' || status === 'unknown') return 'map-none';
        return `status-${status}${status === 'ratification-reported' ? ' reported' : ''}`;
      }
      const bin = binIndex(counts.get(code) ?? 0, bins);
      return bin >= 0 ? `meetings-${bin}` : 'map-none';
    };
    const classFor = (code: string) => {
      return [
        'country',
        shade(code),
        // The host's hatch would hide its own standing on the status layer; its star stays.
        code === host && !standing ? 'host' : '',
        selected.includes(code) ? 'selected' : '',
      ]
        .filter(Boolean)
        .join(' ');
    };
    const handlers = (target: Target) => ({
      role: 'button',
      tabIndex: 0,
      'aria-label': labelFor(target.code, counts, host, lang, standing),
      'aria-pressed': selected.includes(target.code),
      'data-code': target.code,
      onClick: () => onToggle(target.code),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onToggle(target.code);
        }
      },
      onFocus: () => {
        setHover(target.code);
        reveal(target.at);
      },
      onBlur: () => setHover(null),
      onMouseEnter: () => setHover(target.code),
      onMouseLeave: () => setHover(null),
    });
    const partnerCodes = new Set(targets.map((t) => t.code));
    return {
      classFor,
      handlers,
      land: shapes
        .filter((s) => !partnerCodes.has(s.code))
        .map((shape) => (
          <path
            key={shape.code}
            d={shape.d}
            className={classFor(shape.code)}
            data-code={shape.code}
          >
            {(shape.code === host || standing) && (
              <title>{labelFor(shape.code, counts, host, lang, standing)}</title>
            )}
          </path>
        )),
      partners: targets.map(
        (target) =>
          target.shape && (
            <path
              key={target.code}
              d={target.shape.d}
              className={classFor(target.code)}
              {...handlers(target)}
            />
          ),
      ),
    };
  }, [shapes, targets, counts, selected, host, bins, onToggle, reveal, standing, lang]);

  const hostShape = shapes.find((s) => s.code === host);
  const hostPoint = hostShape?.at ?? (host ? points.get(host) : undefined);
  const hostMarker =
    host && !hostShape && !targets.some((t) => t.code === host) ? hostPoint : undefined;
  const hovered = hover ? targets.find((t) => t.code === hover) : undefined;
  const labelled = targets.flatMap((t) => (t.shape ? [t.shape] : []));
  if (hostShape && !labelled.includes(hostShape)) labelled.push(hostShape);
  const labels = placeLabels(
    labelled.map((s) => ({
      code: s.code,
      text: countryName(s.code, locale),
      at: s.at,
      box: s.labelBox,
    })),
    view,
    pxPerUnit,
    LABEL_PX,
  );
  // Smallest on top: where targets overlap, the one with the least land of its own wins.
  const hits = targets
    .map((target) => ({ target, r: hitRadius(target.box, pxPerUnit) }))
    .filter((hit): hit is { target: Target; r: number } => hit.r !== null)
    .sort((a, b) => boxArea(b.target.box) - boxArea(a.target.box));
  const px = 1 / pxPerUnit;
  const tooltipAt = hovered && inView(view, hovered.at) ? hovered.at : undefined;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: + − 0 and the arrows zoom and pan while focus is anywhere in the map
    <div
      className={[
        'world-map',
        selected.length > 0 ? 'has-selection' : '',
        standing ? 'status-layer' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      onKeyDown={zoom.onKeyDown}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of three buttons, not a form */}
      <div className="map-zoom" role="group" aria-label={t('map.zoom')}>
        <button
          type="button"
          className="map-zoom-button"
          aria-label={t('map.zoom-in')}
          title={t('map.zoom-in-title')}
          aria-disabled={view.k >= MAX_ZOOM}
          onClick={zoom.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          className="map-zoom-button"
          aria-label={t('map.zoom-out')}
          title={t('map.zoom-out-title')}
          aria-disabled={view.k <= 1}
          onClick={zoom.zoomOut}
        >
          −
        </button>
        <button
          type="button"
          className="map-zoom-button reset"
          aria-label={t('map.zoom-reset')}
          title={t('map.zoom-reset-title')}
          aria-disabled={view.k <= 1}
          onClick={zoom.reset}
        >
          {t('map.zoom-reset-text')}
        </button>
      </div>
      <div className="map-frame">
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role="group" names the set of country buttons */}
        <svg
          ref={svgRef}
          viewBox={viewBox(view)}
          className={view.k > 1 ? 'zoomed' : undefined}
          role="group"
          aria-label={t('map.world')}
          data-testid="world-map"
          data-zoom={view.k}
          {...zoom.gestures}
        >
          <defs>
            <pattern
              id="host-hatch"
              width={HATCH_PX}
              height={HATCH_PX}
              patternUnits="userSpaceOnUse"
              patternTransform={`rotate(45) scale(${px})`}
            >
              <rect width={HATCH_PX} height={HATCH_PX} className="host-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2={HATCH_PX} className="host-hatch-line" />
            </pattern>
            <pattern
              id="reported-hatch"
              width={HATCH_PX}
              height={HATCH_PX}
              patternUnits="userSpaceOnUse"
              patternTransform={`rotate(-45) scale(${px})`}
            >
              <rect width={HATCH_PX} height={HATCH_PX} className="reported-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2={HATCH_PX} className="reported-hatch-line" />
            </pattern>
          </defs>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: countries without meetings are drawn, not controls */}
          <g aria-hidden="true">{layers.land}</g>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the circles only widen pointer targets; each partner's button is its shape or marker */}
          <g className="map-hits" aria-hidden="true">
            {hits.map(({ target, r }) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: see above; the keyboard reaches the partner's own button
              <circle
                key={target.code}
                className="map-hit"
                cx={target.at[0]}
                cy={target.at[1]}
                r={r}
                data-hit={target.code}
                onClick={() => onToggle(target.code)}
                onMouseEnter={() => setHover(target.code)}
                onMouseLeave={() => setHover(null)}
              />
            ))}
          </g>
          <g>{layers.partners}</g>
          <g>
            {targets
              .filter((t) => t.shape === null)
              .map((target) => (
                <circle
                  key={target.code}
                  cx={target.at[0]}
                  cy={target.at[1]}
                  r={MARKER_PX * px}
                  className={`${layers.classFor(target.code)} marker`}
                  {...layers.handlers(target)}
                />
              ))}
          </g>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: outlines, labels and the host's star repeat what the buttons say */}
          <g className="map-overlay" aria-hidden="true">
            {hostMarker && (
              <circle
                cx={hostMarker[0]}
                cy={hostMarker[1]}
                r={MARKER_PX * px}
                className={`${layers.classFor(host ?? '')} marker`}
              />
            )}
            {targets.map(
              (t) =>
                t.shape &&
                selected.includes(t.code) && (
                  <path key={t.code} d={t.shape.d} className="map-selected-outline" />
                ),
            )}
            {hovered &&
              (hovered.shape ? (
                <path d={hovered.shape.d} className="map-hover-outline" />
              ) : (
                <circle
                  cx={hovered.at[0]}
                  cy={hovered.at[1]}
                  r={MARKER_PX * px}
                  className="map-hover-outline"
                />
              ))}
            <g className="map-labels" fontSize={LABEL_PX * px} strokeWidth={3 * px}>
              {labels.map((l) => (
                <text key={l.code} x={l.at[0]} y={l.at[1]}>
                  {l.text}
                </text>
              ))}
            </g>
            {hostPoint && (
              <path
                className="host-marker"
                transform={`translate(${hostPoint[0]},${hostPoint[1]}) scale(${(STAR_PX / 9) * px})`}
                d="M0,-9 L2.6,-2.8 L9,-2.8 L3.8,1.2 L5.8,7.5 L0,3.7 L-5.8,7.5 L-3.8,1.2 L-9,-2.8 L-2.6,-2.8 Z"
              />
            )}
          </g>
        </svg>
        {hover && tooltipAt && (
          <div
            className="map-tooltip"
            aria-hidden="true"
            style={{
              left: `${((tooltipAt[0] - view.x) / (WIDTH / view.k)) * 100}%`,
              top: `${((tooltipAt[1] - view.y) / (HEIGHT / view.k)) * 100}%`,
            }}
          >
            {label(hover)}
          </div>
        )}
      </div>
      {missing.length > 0 && (
        <p className="map-missing">
          {t('map.not-drawn')}{' '}
          {missing.map((code, index) => (
            <span key={code}>
              {index > 0 && ', '}
              <button
                type="button"
                className="link-button"
                aria-pressed={selected.includes(code)}
                onClick={() => onToggle(code)}
              >
                {label(code)}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** A partner country's name, meetings and standing: its button's name and its tooltip. */
function labelFor(
  code: string,
  counts: ReadonlyMap<string, number>,
  host: string | null,
  lang: Lang,
  standing?: (code: string) => ConventionStanding,
): string {
  const { t, locale } = lang;
  const values = { country: countryName(code, locale), count: counts.get(code) ?? 0 };
  const meetings = t(code === host ? 'map.country-host' : 'map.country', values);
  const status = standing && standingText(standing(code), lang);
  return status ? t('map.country-standing', { meetings, standing: status }) : meetings;
}

/** The middle of the box around `points`; undefined for none. */
function middleOf(points: readonly Point[]): Point | undefined {
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

function boxArea([[x0, y0], [x1, y1]]: Box): number {
  return (x1 - x0) * (y1 - y0);
}
