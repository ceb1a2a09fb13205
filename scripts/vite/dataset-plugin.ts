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
import { escapeXml } from '../../src/data/export/escape-xml.ts';
import { describeProblem } from '../../src/data/problems.ts';
import {
  type Dataset,
  type Meeting,
  parseDatasetText,
  validateDataset,
} from '../../src/data/schema.ts';
import { dataPackageFiles, writeDataPackage } from './data-package.ts';
import { CARD, cardPath, writeCards } from './og-cards.ts';

export const DATASET_PUBLIC_PATH = 'data/meetings.json';

/** Text for HTML text and attributes, single quotes too. */
function escapeHtml(value: string): string {
  return escapeXml(value).replaceAll("'", '&#39;');
}

function describe(meeting: Meeting): string {
  const text = `${meeting.date} · ${meeting.city}. ${meeting.summary}`;
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** Replaces the generic head tags of the built index.html with the meeting's own. */
export function sharePageHtml(
  indexHtml: string,
  meeting: Meeting,
  siteTitle: string,
  base: string,
  siteUrl?: string,
): string {
  return pageHtml(
    indexHtml,
    {
      title: meeting.title,
      description: describe(meeting),
      path: `${base}meetings/${meeting.id}/`,
      type: 'article',
      image: `${base}${cardPath.meeting(meeting.id)}`,
      imageAlt: `${meeting.title}: ${meeting.date}, ${meeting.city}`,
    },
    siteTitle,
    siteUrl,
  );
}

/** The convention page's own head: participants, ratifications and milestones. */
export function conventionPageHtml(
  indexHtml: string,
  data: Dataset,
  base: string,
  siteUrl?: string,
): string {
  const convention = data.convention;
  const counts = convention ? conventionCounts(convention) : null;
  const description = counts
    ? `Who signed the UN Convention against Cybercrime and who has ratified it: ${counts.statedSignatories} signatories, ${counts.ratificationsDeposited} of the ${counts.ratificationsNeeded} ratifications needed for entry into force deposited (as of ${convention?.asOf}), and the road from 2019, each fact with its source.`
    : 'This dataset has no data on the convention’s signatures, ratifications or milestones.';
  return pageHtml(
    indexHtml,
    {
      title: 'The convention: signatures, ratifications and milestones',
      description,
      path: `${base}convention/`,
      type: 'website',
      image: `${base}${cardPath.convention}`,
      imageAlt:
        'Who signed the UN Convention against Cybercrime, who ratified it, and the road since 2019',
    },
    data.title,
    siteUrl,
  );
}

/** The home page's head: the generic tags of index.html, plus its preview picture. */
export function homePageHtml(
  indexHtml: string,
  data: Dataset,
  base: string,
  siteUrl?: string,
): string {
  const tags = imageTags(
    `${base}${cardPath.home}`,
    `${data.title}: who met whom, when and about what`,
    siteUrl,
  );
  return indexHtml.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
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
    path: string;
    type: 'article' | 'website';
    image: string;
    imageAlt: string;
  },
  siteTitle: string,
  siteUrl?: string,
): string {
  const title = escapeHtml(`${page.title} — ${siteTitle}`);
  const description = escapeHtml(page.description);
  const canonical = escapeHtml(siteUrl ? new URL(page.path, siteUrl).href : page.path);
  const head = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${page.type}" />`,
    `<meta property="og:url" content="${canonical}" />`,
    `<link rel="canonical" href="${canonical}" />`,
    ...imageTags(page.image, page.imageAlt, siteUrl),
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
      writeDataPackage(join(outDir, 'data'), data);

      const siteUrl = process.env.SITE_URL;
      const started = performance.now();
      await writeCards(outDir, data, options.sharePages !== false);
      const cardsMs = performance.now() - started;
      if (cardsMs > 2000)
        config.logger.info(
          `link-preview cards: ${Math.round(cardsMs)} ms for ${data.meetings.length} meetings`,
        );
      // Every page below is made from index.html as Vite wrote it; the home page gets its picture.
      const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
      writeFileSync(
        join(outDir, 'index.html'),
        homePageHtml(indexHtml, data, config.base, siteUrl),
      );
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
      mkdirSync(join(outDir, 'meetings'), { recursive: true });
      writeFileSync(join(outDir, 'meetings', 'index.html'), indexHtml);
      mkdirSync(join(outDir, 'convention'), { recursive: true });
      writeFileSync(
        join(outDir, 'convention', 'index.html'),
        conventionPageHtml(indexHtml, data, config.base, siteUrl),
      );
      if (options.sharePages === false) return;
      for (const meeting of data.meetings) {
        const dir = join(outDir, 'meetings', meeting.id);
        mkdirSync(dir, { recursive: true });
        writeFileSync(
          join(dir, 'index.html'),
          sharePageHtml(indexHtml, meeting, data.title, config.base, siteUrl),
        );
      }
    },
  };
}
