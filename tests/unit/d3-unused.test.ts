import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as unused from '../../src/features/charts/d3-unused.ts';

/** The names `module` imports from `from`, in its ES build. */
function importedNames(file: string, from: string): string[] {
  const code = readFileSync(file, 'utf8');
  const match = new RegExp(`import \\{([^}]*)\\} from '${from}'`).exec(code);
  return (match?.[1] ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/)[0] ?? '')
    .filter(Boolean)
    .sort();
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

describe('the d3-color and d3-format stand-ins (decision 022)', () => {
  it('export every name d3-interpolate and d3-scale import from them', () => {
    const names = [
      ...importedNames('node_modules/d3-interpolate/dist/d3-interpolate.mjs', 'd3-color'),
      ...importedNames('node_modules/d3-scale/dist/d3-scale.mjs', 'd3-format'),
    ];
    expect(names.length).toBeGreaterThan(8);
    for (const name of names)
      expect(typeof (unused as Record<string, unknown>)[name], name).toBe('function');
  });

  it('are safe only while recharts never asks a scale to format its ticks', () => {
    const calls = jsFiles('node_modules/recharts/es6').filter((file) =>
      /\.tickFormat\(/.test(readFileSync(file, 'utf8')),
    );
    expect(calls).toEqual([]);
  });

  it('let a colour string interpolate as a string and fail loudly otherwise', () => {
    expect(unused.color('steelblue')).toBeNull();
    expect(() => unused.format()).toThrow(/not bundled/);
    expect(() => unused.rgb()).toThrow(/not bundled/);
  });
});
