import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scalePoint } from '../../src/features/charts/d3-scale-subset.ts';

describe('the d3 scales the charts ship', () => {
  it('has every scale recharts picks for axes left on scale="auto"', () => {
    // recharts 3: category axes get `band` (or `point` in line and area charts), number axes `linear`.
    const picker = readFileSync(
      'node_modules/recharts/es6/state/selectors/combiners/combineRealScaleType.js',
      'utf8',
    );
    const picked = [...picker.matchAll(/return '([a-z]+)';/g)].map((m) => m[1]);
    expect(new Set(picked)).toEqual(new Set(['point', 'band', 'linear']));
    const subset: Record<string, unknown> = {
      band: scaleBand,
      linear: scaleLinear,
      point: scalePoint,
    };
    for (const name of picked) expect(typeof subset[name!], name).toBe('function');
  });

  it('is only used while no chart names a scale of its own', () => {
    for (const file of ['activity-chart.tsx', 'outcome-chart.tsx', 'topic-chart.tsx']) {
      expect(readFileSync(`src/features/charts/${file}`, 'utf8'), file).not.toMatch(/\bscale=/);
    }
  });
});
