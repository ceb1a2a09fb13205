/**
 * Turns a chart or map on screen into a stand-alone picture: its SVG, with the
 * page's styles written into each element (a file has no stylesheet), framed by
 * a title, the filters in words, the source line, the licence and the link that
 * reproduces the view; as SVG text, or as a PNG drawn at twice the size for
 * print. Everything happens in the browser. Loaded only when someone downloads.
 */
import { escapeXml, xmlSafe } from '../data/export/escape-xml.ts';
import { UI_COLORS } from './palette.ts';
import { MessageError } from './ui-message.ts';

/** The styles that decide how an SVG element looks; copied as computed values. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

export interface ImageFrame {
  title: string;
  /** Lines under the title: the filters in words. */
  lines: string[];
  /** Lines under the picture: source, licence, link. */
  footer: string[];
  /** The view's legend on the page (`li` items, each with a `.swatch`), drawn under the picture. */
  legend?: Element | null;
}

interface LegendEntry {
  colour: string | null;
  /** A hatched swatch's second colour (a gradient on the page). */
  hatch: string | null;
  text: string;
}

/** The legend as the page shows it: each entry's swatch colour and its words. */
function readLegend(legend: Element | null | undefined): LegendEntry[] {
  if (!legend) return [];
  return [...legend.querySelectorAll('li')].flatMap((li) => {
    const text = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return [];
    const swatch = li.querySelector('.swatch');
    if (!swatch) return [{ colour: null, hatch: null, text }];
    const style = getComputedStyle(swatch);
    const [first = null, second = null] = style.backgroundImage.match(/rgba?\([^)]*\)/g) ?? [];
    // A transparent background (a hatched swatch draws with a gradient): take the gradient's colour.
    const transparent = /^rgba\(.*,\s*0\)$/.test(style.backgroundColor);
    const colour = transparent ? first : style.backgroundColor;
    return [{ colour, hatch: first ? second : null, text }];
  });
}

const PAD = 24;
const TITLE_PX = 20;
const LINE_PX = 14;
const FOOT_PX = 12;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Copies the computed look of every element of `source` onto its twin in
 * `copy`: only what differs from its parent (the rest is inherited), and
 * attributes that name a custom property (`fill="var(--ink)"`) replaced by the
 * colour, so a file read without the page's stylesheet looks the same.
 */
function inlineStyles(source: Element, copy: Element, inherited: Map<string, string> | null) {
  const computed = getComputedStyle(source);
  const own = new Map<string, string>();
  // Through the CSSOM, which the site's security policy allows (a style attribute it would not).
  copy.removeAttribute('style');
  const style = (copy as SVGElement).style;
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    own.set(property, value);
    if (value && inherited?.get(property) !== value) style.setProperty(property, value);
    if (copy.getAttribute(property)?.includes('var(')) copy.setAttribute(property, value);
  }
  copy.removeAttribute('class');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length; i += 1) {
    const a = from[i];
    const b = to[i];
    if (a && b) inlineStyles(a, b, own);
  }
}

let measure: CanvasRenderingContext2D | null = null;

/** Splits text into lines no wider than `width` px at `px` size. */
function textWidth(s: string, px: number, weight = 'normal'): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return s.length * px * 0.55;
  measure.font = `${weight} ${px}px ${FONT}`;
  return measure.measureText(s).width;
}

function wrap(text: string, px: number, width: number, weight = 'normal'): string[] {
  const widthOf = (s: string) => textWidth(s, px, weight);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && widthOf(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * Runs `draw` with the page in its light theme: a saved picture is for paper
 * and documents, light whatever the screen shows. Synchronous, so the browser
 * never paints the switch: styles are recomputed for getComputedStyle only.
 */
function underLightTheme<T>(draw: () => T): T {
  const root = document.documentElement;
  const chosen = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    return draw();
  } finally {
    if (chosen === undefined) delete root.dataset.theme;
    else root.dataset.theme = chosen;
  }
}

/**
 * The picture as SVG text, framed, in the light theme's colours (UI_COLORS
 * and the light custom properties). Throws when the element has no size (not drawn).
 */
export function framedSvg(svg: SVGSVGElement, frame: ImageFrame): ExportedSvg {
  return underLightTheme(() => drawFramedSvg(svg, frame));
}

function drawFramedSvg(svg: SVGSVGElement, frame: ImageFrame): ExportedSvg {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  if (chartWidth === 0 || chartHeight === 0) throw new MessageError('ui.picture-not-drawn');
  const width = Math.max(chartWidth + 2 * PAD, 480);
  const column = width - 2 * PAD;

  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy, null);
  copy.setAttribute('x', String(PAD));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  for (const attribute of ['role', 'aria-label', 'aria-hidden', 'data-testid', 'tabindex'])
    copy.removeAttribute(attribute);

  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], px: number, colour: string, weight = 'normal') => {
    for (const line of lines) {
      y += px * 1.3;
      parts.push(
        `<text x="${PAD}" y="${y}" font-family="${escapeXml(FONT)}" font-size="${px}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
      );
    }
  };
  text(wrap(frame.title, TITLE_PX, column, 'bold'), TITLE_PX, UI_COLORS.ink, 'bold');
  text(
    frame.lines.flatMap((l) => wrap(l, LINE_PX, column)),
    LINE_PX,
    UI_COLORS.ink,
  );
  y += PAD / 2;
  copy.setAttribute('y', String(y));
  // The page shows a control character a dataset may hold; an SVG file cannot contain one.
  const chart = xmlSafe(new XMLSerializer().serializeToString(copy));
  y += chartHeight + PAD / 2;
  // The legend flows in rows: a swatch, its words, a gap, the next.
  const legend = readLegend(frame.legend);
  let x = PAD;
  if (legend.length > 0) y += LINE_PX * 1.3;
  for (const entry of legend) {
    const span = (entry.colour ? LINE_PX + 6 : 0) + textWidth(entry.text, LINE_PX) + 16;
    if (x > PAD && x + span > PAD + column) {
      x = PAD;
      y += LINE_PX * 1.5;
    }
    const top = y - LINE_PX + 2;
    if (entry.colour)
      parts.push(
        `<rect x="${x}" y="${top}" width="${LINE_PX}" height="${LINE_PX}" fill="${escapeXml(entry.colour)}" stroke="${UI_COLORS.lineStrong}" stroke-width="0.5"/>`,
      );
    if (entry.hatch)
      parts.push(
        `<path d="M${x} ${top + LINE_PX / 2}l${LINE_PX / 2} ${-LINE_PX / 2}M${x} ${top + LINE_PX}l${LINE_PX} ${-LINE_PX}M${x + LINE_PX / 2} ${top + LINE_PX}l${LINE_PX / 2} ${-LINE_PX / 2}" stroke="${escapeXml(entry.hatch)}" stroke-width="1.5"/>`,
      );
    const at = x + (entry.colour ? LINE_PX + 6 : 0);
    parts.push(
      `<text x="${at}" y="${y}" font-family="${escapeXml(FONT)}" font-size="${LINE_PX}" fill="${UI_COLORS.ink}">${escapeXml(entry.text)}</text>`,
    );
    x += span;
  }
  if (legend.length > 0) y += PAD / 2;
  text(
    frame.footer.flatMap((l) => wrap(l, FOOT_PX, column)),
    FOOT_PX,
    UI_COLORS.inkSoft,
  );
  const height = Math.ceil(y + PAD);
  const out = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect width="100%" height="100%" fill="${UI_COLORS.card}"/>`,
    parts.join(''),
    chart,
    '</svg>',
  ].join('\n');
  return { text: out, width, height };
}

/** Draws the SVG onto a canvas `scale` times larger and encodes it as PNG. */
export async function pngFromSvg({ text, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: address, not blob:, because the site's security policy allows images from data:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new MessageError('ui.picture-no-canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new MessageError('ui.picture-not-encoded'))),
      'image/png',
    ),
  );
}
