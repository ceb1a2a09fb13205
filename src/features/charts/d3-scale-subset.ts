/**
 * The three d3 scales recharts uses for these charts, standing in for
 * `victory-vendor/d3-scale` (vite.config.ts aliases it here). recharts imports
 * that module whole (`import * as d3Scales`) and picks a scale by name, so the
 * bundler keeps every d3 scale, with d3-time and d3-time-format, although
 * axes with `scale="auto"` only ask for `band` (categories), `linear`
 * (numbers) and `point` (its Brush). docs/decisions/016-* has the cost and
 * the test that guards it.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
