import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_COLORS,
  KIND_COLORS,
  MAP_COLORS,
  MEETINGS_RAMP,
  OUTCOME_COLORS,
  paletteCss,
  STATUS_COLORS,
  textOn,
  UI_COLORS,
} from '../../src/ui/palette.ts';
import { contrast, deltaE, deltaE2000, type Vision } from '../colour-science.ts';

const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];
const BACKGROUND = UI_COLORS.card;

/** The data families; each colour of each family must mean one thing. */
const FAMILIES: Record<string, Record<string, string>> = {
  format: FORMAT_COLORS,
  kind: KIND_COLORS,
  outcome: OUTCOME_COLORS,
  meetings: Object.fromEntries(MEETINGS_RAMP.map((c, i) => [`bin ${i}`, c])),
  status: STATUS_COLORS,
  map: { none: MAP_COLORS.none, host: MAP_COLORS.host },
};

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

describe('palette', () => {
  it.each([
    ['format', FORMAT_COLORS],
    ['kind', KIND_COLORS],
    ['outcome', OUTCOME_COLORS],
    ['status', STATUS_COLORS],
  ] as const)(
    'keeps every %s colour apart with normal vision, deuteranopia and protanopia',
    (_name, family) => {
      for (const vision of VISIONS) {
        for (const [a, b] of pairs(Object.values(family))) {
          expect(deltaE(a, b, vision), `${a} vs ${b} (${vision})`).toBeGreaterThanOrEqual(15);
        }
      }
    },
  );

  it('keeps the eight format colours apart by what people see (CIEDE2000), not only by CIE76', () => {
    // CIE76 overstates differences between dark, saturated colours: Reception
    // and Signing once passed it while looking alike on the timeline.
    for (const vision of VISIONS) {
      for (const [a, b] of pairs(Object.values(FORMAT_COLORS))) {
        expect(deltaE2000(a, b, vision), `${a} vs ${b} (${vision})`).toBeGreaterThanOrEqual(17);
      }
    }
    for (const [a, b] of pairs(Object.values(FORMAT_COLORS))) {
      expect(deltaE2000(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(22);
    }
  });

  it('steps the meetings ramp visibly, and always darker', () => {
    for (const vision of VISIONS) {
      for (let i = 1; i < MEETINGS_RAMP.length; i++) {
        const [lighter, darker] = [MEETINGS_RAMP[i - 1]!, MEETINGS_RAMP[i]!];
        expect(deltaE(lighter, darker, vision)).toBeGreaterThanOrEqual(10);
        expect(contrast(darker, BACKGROUND)).toBeGreaterThan(contrast(lighter, BACKGROUND));
      }
    }
  });

  it('never gives two families the same colour', () => {
    const all = Object.entries(FAMILIES).flatMap(([family, colours]) =>
      Object.entries(colours).map(([name, colour]) => ({
        id: `${family}.${name}`,
        family,
        colour,
      })),
    );
    for (const [a, b] of pairs(all)) {
      if (a.family === b.family) continue;
      expect(deltaE(a.colour, b.colour), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(9);
    }
  });

  it('draws marks with at least 3:1 contrast against the card', () => {
    // "No partner" (kind.none) and the light end of the meetings ramp are drawn
    // with an outline that carries the contrast (see docs/decisions/010-*).
    const marks = [
      ...Object.values(FORMAT_COLORS),
      KIND_COLORS.country,
      KIND_COLORS.organization,
      KIND_COLORS.company,
      ...Object.values(OUTCOME_COLORS),
      MAP_COLORS.host,
      MEETINGS_RAMP[3],
      MEETINGS_RAMP[4],
      // The two lighter steps are outlined like the light end of the meetings ramp.
      STATUS_COLORS['ratification-reported'],
      STATUS_COLORS['ratification-deposited'],
    ];
    for (const colour of marks) {
      expect(contrast(colour, BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes timeline labels with at least 4.5:1 contrast on every format colour', () => {
    for (const fill of Object.values(FORMAT_COLORS)) {
      expect(contrast(textOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('emits a custom property for every colour and a class per format', () => {
    const css = paletteCss();
    expect(css).toContain('--format-talks: #57a290;');
    expect(css).toContain('--kind-none:');
    expect(css).toContain('--meetings-4:');
    expect(css).toMatch(/\.format-signing \{\n {2}--fill: var\(--format-signing\);/);
  });
});

/** Every file under `dir` (recursively) whose name ends with one of `extensions`. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

it('is the only place in src/ that writes a colour', () => {
  const colour = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;
  const offenders = filesUnder('src', ['.css', '.ts', '.tsx'])
    .filter((path) => !path.endsWith(join('ui', 'palette.ts')))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ path, line: index + 1, text: line }))
        .filter(({ text }) => colour.test(text.replace(/&#\d+;/g, ''))),
    )
    .map(({ path, line, text }) => `${path}:${line}: ${text.trim()}`);
  expect(offenders).toEqual([]);
});
