import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as subset from '../../src/features/charts/d3-scale-subset.ts';

describe('the d3 scales the charts ship', () => {
  it('has every scale recharts picks for axes left on scale="auto"', () => {
    // recharts 3: category axes get `band` (or `point` in line and area charts), number axes `linear`.
    const picker = readFileSync(
      'node_modules/recharts/es6/state/selectors/combiners/combineRealScaleType.js',
      'utf8',
    );
    const picked = [...picker.matchAll(/return '([a-z]+)';/g)].map((m) => m[1]);
    expect(new Set(picked)).toEqual(new Set(['point', 'band', 'linear']));
    for (const name of picked) {
      const scale = `scale${name![0]!.toUpperCase()}${name!.slice(1)}` as keyof typeof subset;
      expect(typeof subset[scale], scale).toBe('function');
    }
  });

  it('is only used while no chart names a scale of its own', () => {
    for (const file of ['activity-chart.tsx', 'outcome-chart.tsx', 'topic-chart.tsx']) {
      expect(readFileSync(`src/features/charts/${file}`, 'utf8'), file).not.toMatch(/\bscale=/);
    }
  });
});
