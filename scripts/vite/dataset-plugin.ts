/**
 * Serves the dataset chosen by DATASET (default data/meetings.json) at
 * `<base>data/meetings.json` in dev, copies it into the build with the open
 * data package around it (data-package.ts), and writes one
 * static HTML page per meeting (dist/meetings/<id>/index.html), one for the
 * convention page (dist/convention/index.html), plus 404.html,
 * so share links work on any plain static file server and link previews show
 * the meeting rather than the generic site.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { conventionCounts } from '../../src/data/convention.ts';
import { formatDay } from '../../src/data/dates.ts';
import { escapeXml } from '../../src/data/export/escape-xml.ts';
import { localText } from '../../src/data/localize.ts';
import { describeProblem } from '../../src/data/problems.ts';
import {
  type Dataset,
  type Meeting,
  parseDatasetText,
  validateDataset,
} from '../../src/data/schema.ts';
import { LOCALES, type Locale, localePath, localePrefix } from '../../src/i18n/locales.ts';
import type { Lang, MessageKey } from '../../src/i18n/translate.ts';
import { dataPackageFiles, writeDataPackage } from './data-package.ts';
import { nodeLangs } from './node-lang.ts';
import { CARD, cardPaths, writeCards } from './og-cards.ts';

export const DATASET_PUBLIC_PATH = 'data/meetings.json';

/** Text for HTML text and attributes, single quotes too. */
function escapeHtml(value: string): string {
  return escapeXml(value).replaceAll("'", '&#39;');
}

function describe(meeting: Meeting, { locale, tag }: Lang): string {
  const summary = localText(meeting, 'summary', locale).text;
  const city = localText(meeting, 'city', locale).text;
  const text = `${formatDay(meeting.date, tag, 'medium')} · ${city}. ${summary}`;
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** What every page of one language shares: its words and its addresses. */
export interface PageLanguage {
  lang: Lang;
  base: string;
  siteUrl?: string | undefined;
}

/** `meetings/x/` (below the language's prefix) → its address in every language, for hreflang. */
function alternates(rest: string, language: PageLanguage): Record<Locale, string> {
  const absolute = (path: string) =>
    escapeHtml(language.siteUrl ? new URL(path, language.siteUrl).href : path);
  return Object.fromEntries(
    LOCALES.map((l) => [l, absolute(`${language.base}${localePath(l, `/${rest}`).slice(1)}`)]),
  ) as Record<Locale, string>;
}

function alternateLinks(rest: string, language: PageLanguage): string[] {
  const urls = alternates(rest, language);
  return [
    ...LOCALES.map((l) => `<link rel="alternate" hreflang="${l}" href="${urls[l]}" />`),
    `<link rel="alternate" hreflang="x-default" href="${urls.en}" />`,
  ];
}

/**
 * index.html in another language: `<html lang>` and the static loading page's
 * words (taken from both catalogues by key).
 */
export function languageShell(
  indexHtml: string,
  english: PageLanguage,
  language: PageLanguage,
): string {
  let html = indexHtml.replace(/<html lang="[^"]*"/, `<html lang="${language.lang.locale}"`);
  for (const key of STATIC_SHELL_KEYS) {
    html = html.replaceAll(
      `>${escapeHtml(english.lang.t(key))}<`,
      `>${escapeHtml(language.lang.t(key))}<`,
    );
  }
  return html;
}

/** The messages index.html's static loading page shows (src/app/header.tsx renders the same). */
const STATIC_SHELL_KEYS: MessageKey[] = [
  'app.eyebrow',
  'app.loading',
  'app.intro',
  'app.loading-meetings',
  'page.noscript',
];

/** Replaces the generic head tags of the built index.html with the meeting's own. */
export function sharePageHtml(
  indexHtml: string,
  meeting: Meeting,
  data: Dataset,
  language: PageLanguage,
): string {
  const { locale, t, tag } = language.lang;
  const title = localText(meeting, 'title', locale).text;
  const paths = cardPaths(locale);
  return pageHtml(
    indexHtml,
    {
      title,
      description: describe(meeting, language.lang),
      rest: `meetings/${meeting.id}/`,
      type: 'article',
      image: `${language.base}${paths.meeting(meeting.id)}`,
      imageAlt: t('page.meeting-image-alt', {
        title,
        date: formatDay(meeting.date, tag, 'medium'),
        city: localText(meeting, 'city', locale).text,
      }),
    },
    localText(data, 'title', locale).text,
    language,
  );
}

/** The convention page's own head: participants, ratifications and milestones. */
export function conventionPageHtml(
  indexHtml: string,
  data: Dataset,
  language: PageLanguage,
): string {
  const { t, tag, locale } = language.lang;
  const convention = data.convention;
  const counts = convention ? conventionCounts(convention) : null;
  const description =
    counts && convention
      ? t('page.convention-description', {
          signatories: counts.statedSignatories,
          deposited: counts.ratificationsDeposited,
          needed: counts.ratificationsNeeded,
          asOf: locale === 'en' ? convention.asOf : formatDay(convention.asOf, tag, 'medium'),
        })
      : t('page.convention-description-none');
  return pageHtml(
    indexHtml,
    {
      title: t('page.convention-title'),
      description,
      rest: 'convention/',
      type: 'website',
      image: `${language.base}${cardPaths(locale).convention}`,
      imageAlt: t('page.convention-image-alt'),
    },
    localText(data, 'title', locale).text,
    language,
  );
}

/** The home page's head: the site's name and description in the page's language, and its picture. */
export function homePageHtml(indexHtml: string, data: Dataset, language: PageLanguage): string {
  const { t, locale } = language.lang;
  const title = escapeHtml(t('site.name'));
  const tags = [
    ...alternateLinks('', language),
    ...imageTags(
      `${language.base}${cardPaths(locale).home}`,
      t('page.home-image-alt', { title: localText(data, 'title', locale).text }),
      language.siteUrl,
    ),
  ];
  return indexHtml
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${escapeHtml(t('page.site-description'))}"`,
    )
    .replace(
      /<meta property="og:title" content="[^"]*"/,
      `<meta property="og:title" content="${title}"`,
    )
    .replace(
      /<meta property="og:description" content="[^"]*"/,
      `<meta property="og:description" content="${escapeHtml(t('page.site-og-description'))}"`,
    )
    .replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
}

/** og:image and the Twitter card for a picture at `path` (absolute when the site's address is known). */
function imageTags(path: string, alt: string, siteUrl?: string): string[] {
  const url = escapeHtml(siteUrl ? new URL(path, siteUrl).href : path);
  return [
    `<meta property="og:image" content="${url}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${CARD.width}" />`,
    `<meta property="og:image:height" content="${CARD.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${url}" />`,
  ];
}

function pageHtml(
  indexHtml: string,
  page: {
    title: string;
    description: string;
    /** The page's path below the base and the language prefix, e.g. `convention/`. */
    rest: string;
    type: 'article' | 'website';
    image: string;
    imageAlt: string;
  },
  siteTitle: string,
  language: PageLanguage,
): string {
  const title = escapeHtml(`${page.title} — ${siteTitle}`);
  const description = escapeHtml(page.description);
  const canonical = alternates(page.rest, language)[language.lang.locale];
  const head = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${page.type}" />`,
    `<meta property="og:url" content="${canonical}" />`,
    `<meta property="og:locale" content="${language.lang.tag.replace('-', '_')}" />`,
    `<link rel="canonical" href="${canonical}" />`,
    ...alternateLinks(page.rest, language),
    ...imageTags(page.image, page.imageAlt, language.siteUrl),
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace(/<meta property="og:[a-z:]+"[^>]*>/g, '')
    .replace(/<meta name="twitter:[a-z:]+"[^>]*>/g, '')
    .replace('</head>', `    ${head}\n  </head>`)
    .replace(/\n\s*\n/g, '\n');
}

function readDataset(file: string) {
  const raw = readFileSync(file, 'utf8');
  const parsed = parseDatasetText(raw);
  const result = parsed.ok ? validateDataset(parsed.json) : parsed;
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`);
    throw new Error(`Dataset ${file} is invalid (run npm run data:check):\n${lines.join('\n')}`);
  }
  return { raw, data: result.data };
}

export function datasetPlugin(options: { file: string; sharePages?: boolean }): Plugin {
  const file = resolve(options.file);
  let config: ResolvedConfig;
  return {
    name: 'hanoi-dataset',
    configResolved(resolved) {
      config = resolved;
    },
    // Injected after Vite's own HTML processing: written in index.html, the
    // link would be hashed into assets/ as a copy of whatever data/meetings.json
    // the repository holds, and a deployment could no longer swap the file.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `${config.base}${DATASET_PUBLIC_PATH}`,
            as: 'fetch',
            type: 'application/json',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ],
    },
    configureServer(server) {
      server.watcher.add(file);
      const url = `${server.config.base}${DATASET_PUBLIC_PATH}`;
      const dataDir = `${server.config.base}data/`;
      // Made again only when the dataset file changes.
      let made: { mtimeMs: number; files: Map<string, string> } | null = null;
      const packageFiles = () => {
        const { mtimeMs } = statSync(file);
        if (made?.mtimeMs !== mtimeMs)
          made = { mtimeMs, files: dataPackageFiles(readDataset(file).data) };
        return made.files;
      };
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path === url) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(readFileSync(file));
          return;
        }
        // The open data package, made from the current file on each request (the About links it).
        if (!path.startsWith(dataDir)) return next();
        const content = packageFiles().get(path.slice(dataDir.length));
        if (content === undefined) return next();
        const type = path.endsWith('.csv') ? 'text/csv' : 'application/json';
        res.setHeader('Content-Type', `${type}; charset=utf-8`);
        res.end(content);
      });
    },
    async writeBundle(output) {
      const outDir = output.dir ?? resolve(config.root, config.build.outDir);
      const { raw, data } = readDataset(file);
      mkdirSync(join(outDir, 'data'), { recursive: true });
      writeFileSync(join(outDir, DATASET_PUBLIC_PATH), raw);
      // The interface's words, compiled once for the data package, the cards and the pages.
      const langs = nodeLangs(config.root);
      writeDataPackage(join(outDir, 'data'), data, langs.en);

      const siteUrl = process.env.SITE_URL;
      const started = performance.now();
      await writeCards(outDir, data, options.sharePages !== false, langs);
      const cardsMs = performance.now() - started;
      if (cardsMs > 2000)
        config.logger.info(
          `link-preview cards: ${Math.round(cardsMs)} ms for ${data.meetings.length} meetings`,
        );
      // Every page below is made from index.html as Vite wrote it, once per
      // language: English at the root, each other language under its prefix.
      const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
      const languages = Object.fromEntries(
        LOCALES.map((locale): [Locale, PageLanguage] => [
          locale,
          {
            lang: langs[locale],
            base: config.base,
            siteUrl,
          },
        ]),
      ) as Record<Locale, PageLanguage>;
      // A plain static server answers unknown paths with 404.html; it boots the
      // same app, which then shows its own not-found view.
      writeFileSync(join(outDir, '404.html'), indexHtml);
      // Hosts that list folders without an index page (python -m http.server
      // does) would show a file listing at these paths; they are not pages of
      // the site. /meetings/ is the home page; the others say "Page not found".
      for (const folder of ['assets', 'data']) {
        mkdirSync(join(outDir, folder), { recursive: true });
        writeFileSync(join(outDir, folder, 'index.html'), indexHtml);
      }
      for (const locale of LOCALES) {
        const language = languages[locale];
        const shell =
          locale === 'en' ? indexHtml : languageShell(indexHtml, languages.en, language);
        const root = join(outDir, localePrefix(locale));
        const write = (path: string, html: string) => {
          mkdirSync(join(root, path), { recursive: true });
          writeFileSync(join(root, path, 'index.html'), html);
        };
        write('', homePageHtml(shell, data, language));
        write('meetings', homePageHtml(shell, data, language));
        write('convention', conventionPageHtml(shell, data, language));
        if (options.sharePages === false) continue;
        for (const meeting of data.meetings) {
          write(join('meetings', meeting.id), sharePageHtml(shell, meeting, data, language));
        }
      }
    },
  };
}
