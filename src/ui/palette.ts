/**
 * Every colour of the app, in one place. Each data colour means one thing in
 * every view (timeline, map, charts, meeting view, legends): the families are
 * disjoint and tested for contrast and for colour-vision deficiency
 * (tests/unit/palette.test.ts; the reasoning is in docs/decisions/010-*).
 *
 * Components read these as CSS custom properties (`var(--format-talks)`), which
 * `paletteCss()` writes; the build serves that as `virtual:palette.css`
 * (scripts/vite/palette-plugin.ts). Charts that need a colour as a value
 * (recharts `fill`) pass the custom property too, so nothing is copied.
 */
import type { MeetingFormat, PartnerKind } from '../data/schema.ts';

/**
 * Meeting formats, on the timeline: eight hues searched for the largest
 * smallest CIEDE2000 difference with normal vision, deuteranopia and
 * protanopia, within the contrast limits below.
 */
export const FORMAT_COLORS: Record<MeetingFormat, string> = {
  reception: '#43167c',
  talks: '#57a290',
  signing: '#44001b',
  banquet: '#746688',
  'side-event': '#9c9919',
  plenary: '#3b99e9',
  press: '#b54053',
  other: '#633200',
};

/** Partner kinds (and meetings with no partner), in the activity chart: greys told apart by lightness alone. */
export const KIND_COLORS: Record<PartnerKind | 'none', string> = {
  country: '#1d2a36',
  organization: '#56636f',
  company: '#8a96a3',
  none: '#c4cad0',
};

/** Outcomes of a meeting: agreements signed, agreements planned, other commitments. */
export const OUTCOME_COLORS = {
  'agreement-signed': '#1b7a3e',
  'agreement-planned': '#b35900',
  commitment: '#5a6e9c',
} as const;

/**
 * How many meetings: the map's shading bins (lightest to darkest) and, as the
 * same meaning, the bars of "meetings per topic" and the timeline's counted boxes.
 */
export const MEETINGS_RAMP = ['#b9d4ea', '#7fb0d8', '#4a8bc2', '#2a659c', '#0f3d5e'] as const;

/**
 * Where a state stands with the convention (the map's "Convention status"
 * layer and the status tags): one magenta ramp, darker the further along.
 * "No signature known" is the map's `none`. A reported ratification is also
 * drawn hatched, so "only reported" never rests on hue alone.
 */
export const STATUS_COLORS = {
  'signed-later': '#f3d9f0',
  'signed-hanoi': '#d98fcf',
  'ratification-reported': '#a3399b',
  'ratification-deposited': '#6b0f6b',
} as const;

/** The map's own marks. */
export const MAP_COLORS = {
  /** A country with no matching meeting. */
  none: '#e3e7eb',
  /** The sea (the map's background) and the borders between countries. */
  sea: '#ffffff',
  /** The host country (Viet Nam): hatched in these two. */
  host: '#c0392b',
  hostTint: '#f6d6d2',
  /**
   * A chosen partner (the country filter on the map, a chosen organisation
   * beside it): a hue no other family uses, drawn with the `selected` outline,
   * which carries the contrast against the sea.
   */
  selected: '#ffc20a',
} as const;

/** The interface itself: text, surfaces, lines, focus; not data. */
export const UI_COLORS = {
  ink: '#17212b',
  inkSoft: '#4a5663',
  muted: '#5f6b77',
  line: '#d8dee5',
  lineStrong: '#9aa7b3',
  bg: '#f4f6f8',
  card: '#ffffff',
  brand: '#0f3d5e',
  brandSoft: '#e3edf5',
  onBrand: '#ffffff',
  onBrandLine: '#ffffffb3',
  onBrandSkeleton: '#ffffff2e',
  surfaceSoft: '#f7f9fa',
  focus: '#1a73e8',
  codeBg: '#eef1f4',
  noticeBg: '#fff7e0',
  noticeLine: '#e8c66a',
  problemBg: '#fdecea',
  problemLine: '#e6a19b',
  skeleton: '#e6eaee',
  skeletonLight: '#f1f3f5',
  tooltipBg: '#17212b',
  tooltipInk: '#ffffff',
  /** Soft shadow under floating panels. */
  shadow: '#17212b24',
  /** The outline of a chosen item (timeline box, map country). */
  selected: '#111111',
  /** Background bands for the dataset's periods (e.g. ceremony days): neutral, not a data colour. */
  periodFill: '#17212b0d',
  periodLine: '#4a5663',
  /** Links and text-coloured accents on the card (the brand colour, readable on the card in both themes). */
  link: '#0f3d5e',
  /** The timeline's grid: lines between days (minor) and months (major). */
  gridMinor: '#e5e5e5',
  gridMajor: '#bfbfbf',
} as const;

type Family<T> = { readonly [K in keyof T]: string };

/**
 * The dark theme: every family above again, for a dark card. Same meanings,
 * same bars (tests/unit/palette.test.ts runs every check on both): marks
 * ≥ 3:1 against the card, text ≥ 4.5:1, families told apart with normal
 * vision, deuteranopia and protanopia. Ramps keep their order of emphasis,
 * so on a dark card "more" is lighter (further from the card), not darker.
 * The format hues stay within 30° (CIELAB) of the light ones, found by the
 * same kind of search (docs/decisions/010-*).
 */
export const DARK_COLORS = {
  format: {
    reception: '#e5e1f9',
    talks: '#a8fdcd',
    signing: '#91838b',
    banquet: '#6c5dc5',
    'side-event': '#e7fd1a',
    plenary: '#6ea7fd',
    press: '#f08662',
    other: '#8e6305',
  } satisfies Family<typeof FORMAT_COLORS>,
  kind: {
    country: '#e1e7ed',
    organization: '#a3afbb',
    company: '#6e7b88',
    none: '#46525e',
  } satisfies Family<typeof KIND_COLORS>,
  outcome: {
    'agreement-signed': '#4fbf7a',
    'agreement-planned': '#f09a48',
    commitment: '#9aaee0',
  } satisfies Family<typeof OUTCOME_COLORS>,
  /** Least to most meetings: from near the card to far from it. */
  meetings: ['#1f3b56', '#2b5f8c', '#4a87c0', '#7fb3e3', '#c0defa'],
  status: {
    'signed-later': '#4d2349',
    'signed-hanoi': '#86387e',
    'ratification-reported': '#c864bd',
    'ratification-deposited': '#f2b8ea',
  } satisfies Family<typeof STATUS_COLORS>,
  map: {
    none: '#28313a',
    sea: '#121a22',
    host: '#e8604f',
    hostTint: '#4f2622',
    selected: '#ffc20a',
  } satisfies Family<typeof MAP_COLORS>,
  ui: {
    ink: '#e4e9ee',
    inkSoft: '#b8c2cc',
    muted: '#9da9b5',
    line: '#34404c',
    lineStrong: '#74828f',
    bg: '#10171e',
    card: '#18212b',
    brand: '#1a4a70',
    brandSoft: '#1f3a52',
    onBrand: '#ffffff',
    onBrandLine: '#ffffffb3',
    onBrandSkeleton: '#ffffff2e',
    surfaceSoft: '#1e2833',
    focus: '#5ea1ff',
    codeBg: '#232e3a',
    noticeBg: '#2d2815',
    noticeLine: '#8a7431',
    problemBg: '#35191b',
    problemLine: '#9a4a44',
    skeleton: '#25303b',
    skeletonLight: '#2e3a46',
    tooltipBg: '#e4e9ee',
    tooltipInk: '#17212b',
    shadow: '#00000080',
    selected: '#f4f6f8',
    periodFill: '#ffffff0f',
    periodLine: '#aab5c0',
    link: '#8cc2f2',
    gridMinor: '#26313c',
    gridMajor: '#3b4855',
  } satisfies Family<typeof UI_COLORS>,
} as const;

/** The light theme's families, in the shape of `DARK_COLORS`. */
export const LIGHT_COLORS = {
  format: FORMAT_COLORS,
  kind: KIND_COLORS,
  outcome: OUTCOME_COLORS,
  meetings: MEETINGS_RAMP,
  status: STATUS_COLORS,
  map: MAP_COLORS,
  ui: UI_COLORS,
} as const;

export type Theme = 'light' | 'dark';

/** The colours of a theme. Pictures and link previews always use `light`. */
export function themeColors(theme: Theme) {
  return theme === 'dark' ? DARK_COLORS : LIGHT_COLORS;
}

/** White or ink, whichever reads better on `fill` (labels inside timeline boxes). */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, UI_COLORS.ink)
    ? '#ffffff'
    : UI_COLORS.ink;
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((shift) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The custom properties of a theme, by name without the leading `--`. */
export function paletteProperties(theme: Theme = 'light'): Record<string, string> {
  const colours = themeColors(theme);
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(colours.ui)) props[kebab(name)] = value;
  for (const [format, value] of Object.entries(colours.format)) {
    props[`format-${format}`] = value;
    props[`format-${format}-text`] = textOn(value);
  }
  for (const [kind, value] of Object.entries(colours.kind)) props[`kind-${kind}`] = value;
  for (const [type, value] of Object.entries(colours.outcome)) props[`outcome-${type}`] = value;
  colours.meetings.forEach((value, index) => {
    props[`meetings-${index}`] = value;
  });
  for (const [status, value] of Object.entries(colours.status)) props[`status-${status}`] = value;
  for (const [name, value] of Object.entries(colours.map)) props[`map-${kebab(name)}`] = value;
  return props;
}

/** The selectors that turn the dark theme on: chosen, or the system's when nothing is chosen. */
export const DARK_SELECTOR = ':root[data-theme="dark"]';
export const SYSTEM_DARK_SELECTOR = ':root:not([data-theme="light"])';

/** `var(--name)` for a property of `paletteProperties`, for SVG attributes set from code. */
export function cssVar(name: string): string {
  return `var(--${name})`;
}

/**
 * The stylesheet the build serves as `virtual:palette.css`: the custom
 * properties, and a class per value that marks are drawn in (`format-talks`,
 * `meetings-2`, `map-none`). The class sets `--fill` (and `--ink-on-fill` for
 * text drawn on it) for whatever draws that value: a timeline box, a map
 * country, a legend swatch.
 */
export function paletteCss(): string {
  const block = (theme: Theme, indent = '  ') =>
    [
      `${indent}color-scheme: ${theme};`,
      ...Object.entries(paletteProperties(theme)).map(
        ([name, value]) => `${indent}--${name}: ${value};`,
      ),
    ].join('\n');
  const fillClass = (name: string, extra = '') =>
    `.${name} {\n  --fill: var(--${name});${extra}\n}`;
  const classes = [
    ...Object.keys(FORMAT_COLORS).map((format) =>
      fillClass(`format-${format}`, `\n  --ink-on-fill: var(--format-${format}-text);`),
    ),
    ...MEETINGS_RAMP.map((_, index) => fillClass(`meetings-${index}`)),
    ...Object.keys(STATUS_COLORS).map((status) => fillClass(`status-${status}`)),
    fillClass('map-none'),
  ];
  // The light theme unless the reader chose dark, or chose nothing and the system is dark
  // (public/theme.js sets data-theme before the first paint).
  return [
    `:root {\n${block('light')}\n}`,
    `${DARK_SELECTOR} {\n${block('dark')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  ${SYSTEM_DARK_SELECTOR} {\n${block('dark', '    ')}\n  }\n}`,
    ...classes,
  ]
    .join('\n')
    .concat('\n');
}
