/**
 * The deterministic part of the performance budget: gzip sizes of the entry
 * chunk (what the first paint needs) and of all JavaScript, read from a
 * production build. Also proves the heavy libraries are not in the entry.
 * Usage: tsx scripts/test/check-bundle.ts [dist] [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KIB = { entry: 120, allJs: 330 } as const;

/** Strings that only appear in the code of a library that must load lazily. */
const LAZY_MARKERS: Record<string, RegExp> = {
  'vis-timeline': /vis-timeline|vis-item-overflow/,
  moment: /Deprecation warning: value provided is not in a recognized RFC2822/,
  recharts: /recharts-wrapper|recharts-surface/,
  'world-atlas geometry': /"type":"Topology"|"arcs":\[\[/,
};

export interface BundleReport {
  entry: { file: string; gzipKiB: number; budgetKiB: number; pass: boolean };
  allJs: { files: number; gzipKiB: number; budgetKiB: number; pass: boolean };
  lazyInEntry: string[];
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function bundleReport(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryMatch = /<script type="module"[^>]*src="[^"]*?(assets\/[^"]+\.js)"/.exec(html);
  if (!entryMatch?.[1]) throw new Error(`${dist}/index.html names no entry script`);
  // Chunks preloaded by index.html are part of the first load too.
  const preloaded = [
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="[^"]*?(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  const entryFiles = [entryMatch[1], ...preloaded];
  const entryCode = entryFiles.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  const entryGzip = gzipSync(entryCode, { level: 9 }).length;

  const jsFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const allGzip = jsFiles.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length,
    0,
  );
  return {
    entry: {
      file: entryFiles.join(' + '),
      gzipKiB: kib(entryGzip),
      budgetKiB: BUDGET_KIB.entry,
      pass: kib(entryGzip) <= BUDGET_KIB.entry,
    },
    allJs: {
      files: jsFiles.length,
      gzipKiB: kib(allGzip),
      budgetKiB: BUDGET_KIB.allJs,
      pass: kib(allGzip) <= BUDGET_KIB.allJs,
    },
    lazyInEntry: Object.entries(LAZY_MARKERS)
      .filter(([, marker]) => marker.test(entryCode))
      .map(([name]) => name),
  };
}

const isCli = process.argv[1]?.endsWith('check-bundle.ts');
if (isCli) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const report = bundleReport(dist);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `bundle: entry ${report.entry.gzipKiB} KiB gzip (budget ${report.entry.budgetKiB}) · ` +
        `all JS ${report.allJs.gzipKiB} KiB gzip in ${report.allJs.files} files (budget ${report.allJs.budgetKiB})`,
    );
  }
  const failures = [
    ...(report.entry.pass
      ? []
      : [`entry chunk is ${report.entry.gzipKiB} KiB > ${report.entry.budgetKiB} KiB`]),
    ...(report.allJs.pass
      ? []
      : [`all JS is ${report.allJs.gzipKiB} KiB > ${report.allJs.budgetKiB} KiB`]),
    ...report.lazyInEntry.map((name) => `${name} is in the entry chunk; it must load lazily`),
  ];
  for (const failure of failures) console.error(`bundle budget: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
