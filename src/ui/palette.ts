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
} as const;

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

/** The custom properties, by name without the leading `--`. */
export function paletteProperties(): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(UI_COLORS)) props[kebab(name)] = value;
  for (const [format, value] of Object.entries(FORMAT_COLORS)) {
    props[`format-${format}`] = value;
    props[`format-${format}-text`] = textOn(value);
  }
  for (const [kind, value] of Object.entries(KIND_COLORS)) props[`kind-${kind}`] = value;
  for (const [type, value] of Object.entries(OUTCOME_COLORS)) props[`outcome-${type}`] = value;
  MEETINGS_RAMP.forEach((value, index) => {
    props[`meetings-${index}`] = value;
  });
  for (const [status, value] of Object.entries(STATUS_COLORS)) props[`status-${status}`] = value;
  for (const [name, value] of Object.entries(MAP_COLORS)) props[`map-${kebab(name)}`] = value;
  return props;
}

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
  const lines = Object.entries(paletteProperties()).map(
    ([name, value]) => `  --${name}: ${value};`,
  );
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
  return `:root {\n${lines.join('\n')}\n}\n${classes.join('\n')}\n`;
}
