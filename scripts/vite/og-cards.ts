/**
 * Link-preview pictures (og:image), drawn at build time with no browser: one
 * 1200 × 630 PNG per meeting, one for the home page and one for the convention
 * page, each an SVG card (title, date, place, partners, the site's name)
 * rendered by resvg with the DejaVu Sans font shipped as a dev dependency,
 * which has every Vietnamese letter. A card is rendered again only when its
 * SVG changes (cache in node_modules/.cache).
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { conventionCounts } from '../../src/data/convention.ts';
import { headlineFigures } from '../../src/data/dataset-facts.ts';
import { formatDay, formatDaySpan } from '../../src/data/dates.ts';
import { escapeXml } from '../../src/data/export/escape-xml.ts';
import { FORMAT_LABELS } from '../../src/data/labels.ts';
import { countryName, localText, partnerLabel } from '../../src/data/localize.ts';
import type { Dataset, Meeting } from '../../src/data/schema.ts';
import { LOCALES, type Locale, localePrefix } from '../../src/i18n/locales.ts';
import type { Lang } from '../../src/i18n/translate.ts';
import { FORMAT_COLORS, UI_COLORS } from '../../src/ui/palette.ts';

export const CARD = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));
// Beside the project's own node_modules, wherever the build is started from.
const CACHE = join(
  dirname(require.resolve('@resvg/resvg-js/package.json')),
  '..',
  '..',
  '.cache',
  'og-cards',
);
/** What besides the SVG decides a card: the fonts (by size and time) and resvg's version. */
const RENDERER = [
  ...FONT_FILES.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`),
  (require('@resvg/resvg-js/package.json') as { version: string }).version,
].join();

/**
 * Lines of at most `width` px at `px` size, at most `max` lines (the last cut
 * with "…"). Widths are estimated per character (DejaVu Sans averages about
 * 0.6 em bold, 0.55 em regular), leaving a margin rather than measuring.
 */
export function wrapText(text: string, px: number, width: number, max: number, bold = false) {
  const perChar = px * (bold ? 0.62 : 0.56);
  const limit = Math.max(8, Math.floor(width / perChar));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= limit) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > limit ? `${word.slice(0, limit - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    const last = kept[max - 1] ?? '';
    kept[max - 1] = `${last.slice(0, Math.max(0, limit - 1)).replace(/[\s,.;:]+$/, '')}…`;
    return kept;
  }
  return lines;
}

interface CardText {
  kicker: string;
  /** A colour swatch before the kicker (the meeting's format colour). */
  swatch?: string;
  title: string;
  lines: string[];
  footer: string;
}

const PAD = 72;
const FONT = 'DejaVu Sans';

export function cardSvg({ kicker, swatch, title, lines, footer }: CardText): string {
  const inner = CARD.width - 2 * PAD;
  // A long title gets a smaller size and a fourth line before it is cut.
  const large = wrapText(title, 58, inner, 4, true);
  const titlePx = large.length > 3 ? 46 : 58;
  const titleLines = large.length > 3 ? wrapText(title, 46, inner, 4, true) : large;
  const parts: string[] = [];
  let y = PAD + 20;
  const kickerX = swatch ? PAD + 36 : PAD;
  if (swatch)
    parts.push(`<rect x="${PAD}" y="${y - 22}" width="24" height="24" rx="4" fill="${swatch}"/>`);
  parts.push(
    `<text x="${kickerX}" y="${y}" font-size="26" font-weight="bold" fill="${UI_COLORS.brand}">${escapeXml(kicker)}</text>`,
  );
  y += 34;
  for (const line of titleLines) {
    y += Math.round(titlePx * 1.2);
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="${titlePx}" font-weight="bold" fill="${UI_COLORS.ink}">${escapeXml(line)}</text>`,
    );
  }
  y += 24;
  for (const line of lines.flatMap((l) => wrapText(l, 32, inner, 2))) {
    y += 46;
    if (y > CARD.height - 110) break;
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="32" fill="${UI_COLORS.inkSoft}">${escapeXml(line)}</text>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="${UI_COLORS.card}"/>`,
    `<rect width="100%" height="14" fill="${UI_COLORS.brand}"/>`,
    ...parts,
    `<rect x="0" y="${CARD.height - 84}" width="100%" height="84" fill="${UI_COLORS.brand}"/>`,
    `<text x="${PAD}" y="${CARD.height - 32}" font-size="28" font-weight="bold" fill="${UI_COLORS.onBrand}">${escapeXml(footer)}</text>`,
    '</svg>',
  ].join('\n');
}

function partnersLine(meeting: Meeting, data: Dataset, { t, locale }: Lang): string | null {
  const byId = new Map(data.partners.map((p) => [p.id, p]));
  const names = meeting.partners.map((id) => {
    const partner = byId.get(id);
    return partner ? partnerLabel(partner, locale) : id;
  });
  return names.length > 0 ? t('card.with', { names: names.join(', ') }) : null;
}

export function meetingCard(meeting: Meeting, data: Dataset, lang: Lang): CardText {
  const { t, tag, locale } = lang;
  const place = [
    localText(meeting, 'city', locale).text,
    countryName(meeting.hostCountry, locale),
  ].join(', ');
  return {
    kicker: t(FORMAT_LABELS[meeting.format]),
    swatch: FORMAT_COLORS[meeting.format],
    title: localText(meeting, 'title', locale).text,
    lines: [
      t('card.meeting-when', {
        day: formatDay(meeting.date, tag),
        inferred: meeting.dateCertainty === 'inferred' ? 'yes' : 'no',
        place,
      }),
      partnersLine(meeting, data, lang),
    ].filter((l): l is string => l !== null),
    footer: t('site.name'),
  };
}

export function homeCard(data: Dataset, lang: Lang): CardText {
  const { t, tag, locale } = lang;
  const figures = headlineFigures(data.meetings);
  const days = data.meetings.map((m) => m.date).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return {
    kicker: t('card.home-kicker'),
    title: localText(data, 'title', locale).text,
    lines: [
      [
        t('card.meetings', { count: figures.meetings }),
        t('card.partners', { count: figures.partners }),
        ...(figures.agreementsSigned > 0
          ? [t('card.agreements-signed', { count: figures.agreementsSigned })]
          : []),
      ].join(' · '),
      ...(first && last ? [formatDaySpan(first, last, tag)] : []),
    ],
    footer: t('site.name'),
  };
}

export function conventionCard(data: Dataset, lang: Lang): CardText {
  const { t, tag } = lang;
  const convention = data.convention;
  const counts = convention ? conventionCounts(convention) : null;
  return {
    kicker: t('card.convention-kicker'),
    title: t('card.convention-title'),
    lines: counts
      ? [
          t('card.convention-counts', {
            signatories: counts.statedSignatories,
            deposited: counts.ratificationsDeposited,
            needed: counts.ratificationsNeeded,
          }),
          t('card.as-of', { day: formatDay(convention?.asOf ?? data.updated, tag) }),
        ]
      : [t('card.no-convention')],
    footer: t('site.name'),
  };
}

/**
 * The PNG of a card; from the cache when the same SVG was rendered before.
 * Rendered off the main thread (libuv's pool), so cards render in parallel.
 */
export async function renderCard(svg: string): Promise<Buffer> {
  // Keyed by what decides the picture: the SVG and the renderer.
  const key = createHash('sha256').update(svg).update(RENDERER).digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: 'original' },
  });
  const png = image.asPng();
  mkdirSync(CACHE, { recursive: true });
  // Written whole, then renamed: an interrupted build never leaves half a picture to reuse.
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}

/** Where each page's card goes, relative to the site's base: one set per language. */
export function cardPaths(locale: Locale) {
  const dir = `og${localePrefix(locale)}`;
  return {
    home: `${dir}/home.png`,
    convention: `${dir}/convention.png`,
    meeting: (id: string) => `${dir}/meetings/${id}.png`,
  };
}

/** Writes every card under `outDir`, a few at a time (as many as the thread pool runs). */
export async function writeCards(
  outDir: string,
  data: Dataset,
  meetings: boolean,
  langs: Record<Locale, Lang>,
): Promise<void> {
  const cards: [string, CardText][] = LOCALES.flatMap((locale) => {
    const lang = langs[locale];
    const paths = cardPaths(locale);
    mkdirSync(join(outDir, dirname(paths.meeting('x'))), { recursive: true });
    return [
      [paths.home, homeCard(data, lang)],
      [paths.convention, conventionCard(data, lang)],
      ...(meetings
        ? data.meetings.map((m): [string, CardText] => [
            paths.meeting(m.id),
            meetingCard(m, data, lang),
          ])
        : []),
    ];
  });
  let next = 0;
  const worker = async () => {
    while (next < cards.length) {
      const [path, card] = cards[next++] as [string, CardText];
      writeFileSync(join(outDir, path), await renderCard(cardSvg(card)));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
