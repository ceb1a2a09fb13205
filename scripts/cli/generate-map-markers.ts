/**
 * Writes src/features/map/small-countries.json: a point (longitude, latitude)
 * for every country that the 1:110m world map is too coarse to draw, taken from
 * the centroid of its shape in world-atlas' 1:10m map. The app draws these as
 * markers so tiny partners (Singapore, Malta, Bahrain, Monaco…) stay visible.
 * Re-run after upgrading world-atlas: tsx scripts/cli/generate-map-markers.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToAlpha2 } from '../../src/data/iso-countries.ts';

function load(name: string): Topology<{ countries: GeometryCollection }> {
  return JSON.parse(readFileSync(`node_modules/world-atlas/${name}`, 'utf8'));
}

const coarse = load('countries-110m.json');
const fine = load('countries-10m.json');
const drawn = new Set(coarse.objects.countries.geometries.map((g) => String(g.id)));
const points: Record<string, [number, number]> = {};
for (const shape of feature(fine, fine.objects.countries).features) {
  const id = String(shape.id ?? '');
  if (!id || drawn.has(id)) continue;
  const alpha2 = numericToAlpha2(id);
  if (!alpha2) continue;
  const [lon, lat] = geoCentroid(shape);
  points[alpha2] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
const sorted = Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('src/features/map/small-countries.json', `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} small countries written`);
