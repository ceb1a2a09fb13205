import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimVisTimeline } from '../../scripts/vite/vis-timeline-trim-plugin.ts';

// The file the app's `vis-timeline/esnext` import resolves to.
const original = readFileSync(
  'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs',
  'utf8',
);

describe('trimVisTimeline', () => {
  it('keeps Timeline and drops Graph2d, the configurator and the option validator', () => {
    const trimmed = trimVisTimeline(original);
    expect(trimmed).toContain('class Timeline extends Core');
    expect(trimmed).toContain('export { Timeline };');
    expect(trimmed).not.toContain('function Graph2d(');
    expect(trimmed).not.toContain('class ColorPicker');
    expect(trimmed).not.toContain('static getSuggestion(');
    expect(trimmed.length).toBeLessThan(original.length * 0.92);
  });

  it('fails loudly when the library has changed', () => {
    expect(() =>
      trimVisTimeline(original.replace('var htmlColors = {', 'var colours = {')),
    ).toThrow(/cannot find the option configurator/);
  });
});
