import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DARK_COLORS,
  LIGHT_COLORS,
  paletteCss,
  paletteProperties,
  textOn,
} from '../../src/ui/palette.ts';
import { contrast, deltaE, deltaE2000, type Vision } from '../colour-science.ts';

const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];

/** Both themes are held to the same bars, each against its own card. */
const THEMES = [
  ['light', LIGHT_COLORS],
  ['dark', DARK_COLORS],
] as const;

type Colours = (typeof THEMES)[number][1];

/** The data families; each colour of each family must mean one thing. */
function families(c: Colours): Record<string, Record<string, string>> {
  return {
    format: c.format,
    kind: c.kind,
    outcome: c.outcome,
    meetings: Object.fromEntries(c.meetings.map((colour, i) => [`bin ${i}`, colour])),
    status: c.status,
    map: { none: c.map.none, host: c.map.host },
  };
}

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

describe.each(THEMES)('the %s palette', (_theme, colours) => {
  const BACKGROUND = colours.ui.card;

  it.each(['format', 'kind', 'outcome', 'status'] as const)(
    'keeps every %s colour apart with normal vision, deuteranopia and protanopia',
    (name) => {
      for (const vision of VISIONS) {
        for (const [a, b] of pairs(Object.values(colours[name]))) {
          expect(deltaE(a, b, vision), `${a} vs ${b} (${vision})`).toBeGreaterThanOrEqual(15);
        }
      }
    },
  );

  it('keeps the eight format colours apart by what people see (CIEDE2000), not only by CIE76', () => {
    // CIE76 overstates differences between dark, saturated colours: Reception
    // and Signing once passed it while looking alike on the timeline.
    const formats = Object.values(colours.format);
    for (const vision of VISIONS) {
      for (const [a, b] of pairs(formats)) {
        expect(deltaE2000(a, b, vision), `${a} vs ${b} (${vision})`).toBeGreaterThanOrEqual(17);
      }
    }
    for (const [a, b] of pairs(formats)) {
      expect(deltaE2000(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(22);
    }
  });

  it('steps the meetings ramp visibly, each step standing further out from the card', () => {
    // Darker on the light card, lighter on the dark one: more meetings, more contrast.
    for (const vision of VISIONS) {
      for (let i = 1; i < colours.meetings.length; i++) {
        const [fewer, more] = [colours.meetings[i - 1]!, colours.meetings[i]!];
        expect(deltaE(fewer, more, vision)).toBeGreaterThanOrEqual(10);
        expect(contrast(more, BACKGROUND)).toBeGreaterThan(contrast(fewer, BACKGROUND));
      }
    }
  });

  it('never gives two families the same colour', () => {
    const all = Object.entries(families(colours)).flatMap(([family, values]) =>
      Object.entries(values).map(([name, colour]) => ({ id: `${family}.${name}`, family, colour })),
    );
    for (const [a, b] of pairs(all)) {
      if (a.family === b.family) continue;
      expect(deltaE(a.colour, b.colour), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(9);
    }
  });

  it('draws marks with at least 3:1 contrast against the card', () => {
    // "No partner" (kind.none) and the near end of the meetings ramp are drawn
    // with an outline that carries the contrast (see docs/decisions/010-*).
    const marks = [
      ...Object.values(colours.format),
      colours.kind.country,
      colours.kind.organization,
      colours.kind.company,
      ...Object.values(colours.outcome),
      colours.map.host,
      colours.meetings[3],
      colours.meetings[4],
      // The two nearer steps are outlined like the near end of the meetings ramp.
      colours.status['ratification-reported'],
      colours.status['ratification-deposited'],
      // The outline of a chosen item, and the focus ring.
      colours.ui.selected,
      colours.ui.focus,
    ];
    for (const colour of marks) {
      expect(contrast(colour, BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(colours.ui.focus, colours.ui.bg)).toBeGreaterThanOrEqual(3);
  });

  it('writes timeline labels with at least 4.5:1 contrast on every format colour', () => {
    for (const fill of Object.values(colours.format)) {
      expect(contrast(textOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes the interface text with at least 4.5:1 contrast on what it sits on', () => {
    const ui = colours.ui;
    const text: [string, string, string][] = [
      ...(
        ['bg', 'card', 'surfaceSoft', 'codeBg', 'noticeBg', 'problemBg', 'brandSoft'] as const
      ).map((surface): [string, string, string] => [`ink on ${surface}`, ui.ink, ui[surface]]),
      ...(['bg', 'card', 'surfaceSoft'] as const).flatMap((surface): [string, string, string][] => [
        [`inkSoft on ${surface}`, ui.inkSoft, ui[surface]],
        [`muted on ${surface}`, ui.muted, ui[surface]],
        [`link on ${surface}`, ui.link, ui[surface]],
      ]),
      ['onBrand on brand', ui.onBrand, ui.brand],
      ['tooltipInk on tooltipBg', ui.tooltipInk, ui.tooltipBg],
      ['period label on the card', ui.periodLine, ui.card],
      // The timeline's counted boxes and "more" boxes.
      ['meetings 4 on meetings 0', colours.meetings[4], colours.meetings[0]],
      ['meetings 4 on the card', colours.meetings[4], ui.card],
    ];
    for (const [what, ink, surface] of text) {
      expect(contrast(ink, surface), what).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('names every colour in both themes', () => {
    expect(Object.keys(paletteProperties('dark'))).toEqual(Object.keys(paletteProperties('light')));
  });
});

describe('the dark palette', () => {
  it('outlines the marks that need one in a line that stands out from the card', () => {
    // "No partner", unchosen topics and the near end of the ramps lean on
    // this outline. (The light theme's, #9aa7b3 on white, is 2.5:1.)
    expect(contrast(DARK_COLORS.ui.lineStrong, DARK_COLORS.ui.card)).toBeGreaterThanOrEqual(3);
  });
});

describe('the palette stylesheet', () => {
  const css = paletteCss();

  it('emits a custom property for every colour and a class per format', () => {
    expect(css).toContain('--format-talks: #57a290;');
    expect(css).toContain('--kind-none:');
    expect(css).toContain('--meetings-4:');
    expect(css).toMatch(/\.format-signing \{\n {2}--fill: var\(--format-signing\);/);
  });

  it('is light by default, dark when chosen, and dark with a dark system unless light is chosen', () => {
    const block = (selector: string) => {
      const start = css.indexOf(`${selector} {`);
      expect(start, selector).toBeGreaterThanOrEqual(0);
      return css.slice(start, css.indexOf('}', start));
    };
    const light = block(':root');
    expect(light).toContain('color-scheme: light;');
    expect(light).toContain(`--card: ${LIGHT_COLORS.ui.card};`);
    const chosen = block(':root[data-theme="dark"]');
    expect(chosen).toContain('color-scheme: dark;');
    expect(chosen).toContain(`--card: ${DARK_COLORS.ui.card};`);
    expect(chosen).toContain(`--format-talks: ${DARK_COLORS.format.talks};`);
    const system = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(system).toMatch(
      /^@media \(prefers-color-scheme: dark\) \{\n {2}:root:not\(\[data-theme="light"\]\) \{/,
    );
    const declarations = (text: string) =>
      text
        .split('\n')
        .slice(1)
        .map((line) => line.trim())
        .filter(Boolean);
    expect(declarations(block(':root:not([data-theme="light"])'))).toEqual(declarations(chosen));
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
