/**
 * The world map, loaded lazily with its geometry (a static asset, fetched once).
 * Paths are projected once per geometry; filter changes only swap classes.
 */
import { useQuery } from '@tanstack/react-query';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { numericToAlpha2 } from '../../data/iso-countries.ts';
import { countryName } from '../../data/labels.ts';
import { type Bin, binIndex } from './map-bins.ts';
import smallCountries from './small-countries.json';

const WIDTH = 960;
const HEIGHT = 470;
const ANTARCTICA = '010';

interface Shape {
  code: string;
  d: string;
  centroid: [number, number];
}

type WorldTopology = Topology<{ countries: GeometryCollection }>;

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
  const shapes: Shape[] = [];
  for (const f of shown) {
    const code = numericToAlpha2(String(f.id ?? ''));
    const d = path(f);
    if (!code || !d) continue;
    shapes.push({ code, d, centroid: path.centroid(f) });
  }
  const points = new Map<string, [number, number]>();
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
      if (!response.ok) throw new Error(`The map could not be downloaded (${response.status}).`);
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

export function WorldMap({
  counts,
  selected,
  host,
  bins,
  onToggle,
}: {
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  host: string | null;
  bins: readonly Bin[];
  onToggle: (code: string) => void;
}) {
  const query = useWorldShapes();
  // Local UI state: the country under the pointer or keyboard focus.
  const [hover, setHover] = useState<string | null>(null);

  const drawable = useMemo(() => {
    if (!query.data) return null;
    return new Set([...query.data.shapes.map((s) => s.code), ...query.data.points.keys()]);
  }, [query.data]);
  const missing = useMemo(
    () => (drawable ? [...counts.keys()].filter((code) => !drawable.has(code)).sort() : []),
    [drawable, counts],
  );

  if (query.isPending) return <div className="map-placeholder">Loading the map…</div>;
  if (query.isError) {
    return (
      <div className="map-placeholder" role="alert">
        <p>{query.error.message}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Retry
        </button>
      </div>
    );
  }

  const { shapes, points } = query.data;
  const shapeCodes = new Set(shapes.map((s) => s.code));
  const label = (code: string) => {
    const count = counts.get(code) ?? 0;
    return `${countryName(code)}, ${count} ${count === 1 ? 'meeting' : 'meetings'}${code === host ? ' (host)' : ''}`;
  };
  const classFor = (code: string) => {
    const bin = binIndex(counts.get(code) ?? 0, bins);
    return [
      'country',
      bin >= 0 ? `meetings-${bin}` : 'map-none',
      code === host ? 'host' : '',
      selected.includes(code) ? 'selected' : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const interactive = (code: string) => (counts.get(code) ?? 0) > 0 || selected.includes(code);
  const keyToggle = (code: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
    }
  };
  const handlers = (code: string) =>
    interactive(code)
      ? {
          role: 'button',
          tabIndex: 0,
          'aria-label': label(code),
          'aria-pressed': selected.includes(code),
          onClick: () => onToggle(code),
          onKeyDown: keyToggle(code),
          onFocus: () => setHover(code),
          onBlur: () => setHover(null),
          onMouseEnter: () => setHover(code),
          onMouseLeave: () => setHover(null),
        }
      : { 'aria-hidden': true };

  const markerCodes = [...new Set([...counts.keys(), ...selected, ...(host ? [host] : [])])].filter(
    (code) => !shapeCodes.has(code) && points.has(code),
  );
  const hostShape = shapes.find((s) => s.code === host);
  const hostPoint = hostShape?.centroid ?? (host ? points.get(host) : undefined);
  const hoverPoint = hover
    ? (shapes.find((s) => s.code === hover)?.centroid ?? points.get(hover))
    : undefined;

  return (
    <div className="world-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role="group" names the set of country buttons */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label="World map of partner countries. Countries with meetings are buttons that filter by country."
        data-testid="world-map"
      >
        <defs>
          <pattern
            id="host-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="host-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="host-hatch-line" />
          </pattern>
        </defs>
        <g>
          {shapes.map((shape) => (
            <path
              key={shape.code}
              d={shape.d}
              className={classFor(shape.code)}
              data-code={shape.code}
              {...handlers(shape.code)}
            >
              {!interactive(shape.code) && shape.code === host && (
                <title>{label(shape.code)}</title>
              )}
            </path>
          ))}
        </g>
        <g>
          {markerCodes.map((code) => {
            const [x, y] = points.get(code) as [number, number];
            return (
              <circle
                key={code}
                cx={x}
                cy={y}
                r={6}
                className={`${classFor(code)} marker`}
                data-code={code}
                {...handlers(code)}
              />
            );
          })}
        </g>
        {hostPoint && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a decorative star, never focusable; the host country itself carries the label
          <path
            className="host-marker"
            aria-hidden="true"
            transform={`translate(${hostPoint[0]},${hostPoint[1]})`}
            d="M0,-9 L2.6,-2.8 L9,-2.8 L3.8,1.2 L5.8,7.5 L0,3.7 L-5.8,7.5 L-3.8,1.2 L-9,-2.8 L-2.6,-2.8 Z"
          />
        )}
      </svg>
      {missing.length > 0 && (
        <p className="map-missing">
          Not drawn on this map:{' '}
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
      {hover && hoverPoint && (
        <div
          className="map-tooltip"
          aria-hidden="true"
          style={{
            left: `${(hoverPoint[0] / WIDTH) * 100}%`,
            top: `${(hoverPoint[1] / HEIGHT) * 100}%`,
          }}
        >
          {label(hover)}
        </div>
      )}
    </div>
  );
}
