/**
 * `npm run bench`: a reproducible performance report for the explorer.
 *
 * For the shipped dataset and seeded ones of 1k, 10k and 100k meetings it
 * builds the production app, serves it with scripts/cli/serve.ts, and drives the
 * system's headless Chromium: load (LCP, every view rendered, longest long
 * task), JS heap, click→next paint on the topic chart, the map and the filter
 * bar, and frame times while panning and zooming the timeline. Adds bundle
 * sizes and Lighthouse (mobile) for the shipped dataset, and a fixed CPU
 * workload so figures from a busy, shared machine can be compared as ratios.
 *
 * Writes bench/results/latest.json and latest.md and prints the table. Exits 0
 * when budgets fail (it is a report), 1 when the benchmark itself broke.
 *
 * Usage: tsx scripts/bench/bench.ts [--only=shipped,1k,10k,100k] [--runs=N] [--no-lighthouse]
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { BUDGET_KIB, bundleReport } from '../test/check-bundle.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../test/chromium.ts';
import {
  type ClickSample,
  type FrameStats,
  INTERACTIONS,
  type InteractionName,
  measureRun,
  median,
  percentile,
  type RunResult,
  VIEW_NAMES,
} from './bench-browser.ts';

/** The Chromium every measurement uses (the system's when there is one). */
const browserBinary = await resolveChromium();

/** Every budget the report checks, in one place. */
export const BUDGETS = {
  bundle: { entryGzipKiB: BUDGET_KIB.entry, allJsGzipKiB: BUDGET_KIB.allJs },
  shipped: { lighthousePerformanceMin: 95, lighthouseAccessibilityMin: 100, clsMax: 0.02 },
  '10k': { allViewsMs: 2500, filterP75Ms: 100, slowFrameShareMax: 0.1, worstFrameMs: 200 },
  '100k': { longestLongTaskMs: 1000, filterP75Ms: 200 },
} as const;

const SHIPPED = 'data/meetings.json';
const FALLBACK = 'tests/fixtures/small.json';
const TMP = 'bench/tmp';
const RESULTS = 'bench/results';
const SEED = 1;

interface DatasetSpec {
  name: string;
  /** Meetings to generate; null for the shipped file. */
  count: number | null;
}
const DATASETS: DatasetSpec[] = [
  { name: 'shipped', count: null },
  { name: '1k', count: 1_000 },
  { name: '10k', count: 10_000 },
  { name: '100k', count: 100_000 },
];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    // For quick iterations; the committed table always includes Lighthouse.
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer`);
const only = args.only?.split(',').map((s) => s.trim());
const selected = DATASETS.filter((d) => !only || only.includes(d.name));
if (selected.length === 0) {
  throw new Error(
    `--only matches no dataset; choose from ${DATASETS.map((d) => d.name).join(',')}`,
  );
}

const started = Date.now();
const problems: string[] = [];
/** Problems that make the figures meaningless: the run exits 1. */
const breakages: string[] = [];
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})`);
  }
}

// ---------------------------------------------------------------- datasets & builds

interface Prepared extends DatasetSpec {
  file: string;
  meetings: number;
  dist: string;
  buildS: number;
}

function prepare(spec: DatasetSpec): Prepared {
  let file: string;
  if (spec.count === null) {
    file = SHIPPED;
    if (!existsSync(file)) {
      file = FALLBACK;
      problems.push(`${SHIPPED} does not exist: the "shipped" figures are for ${FALLBACK}`);
    }
  } else {
    // Regenerated every time (3 s for 100k) so a changed generator never leaves stale data.
    file = join(TMP, `meetings-${spec.name}.json`);
    run('node_modules/.bin/tsx', [
      'scripts/cli/generate-dataset.ts',
      String(spec.count),
      file,
      '--seed',
      String(SEED),
    ]);
  }
  const meetings = (JSON.parse(readFileSync(file, 'utf8')) as { meetings: unknown[] }).meetings
    .length;
  const dist = join(TMP, `dist-${spec.name}`);
  const t0 = Date.now();
  // No per-meeting share pages: 100k HTML files would only slow the build, and
  // no page measured here uses them.
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', dist], {
    DATASET: file,
    SHARE_PAGES: '0',
  });
  return { ...spec, file, meetings, dist, buildS: (Date.now() - t0) / 1000 };
}

// ---------------------------------------------------------------- static server

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Servers still running, stopped on Ctrl+C too: their own process group would outlive us. */
const servers = new Set<() => void>();
process.once('SIGINT', () => {
  for (const stop of servers) stop();
  process.exit(130);
});

async function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  // Its own process group, so stopping it also stops the node process tsx starts.
  const child: ChildProcess = spawn(
    'node_modules/.bin/tsx',
    ['scripts/cli/serve.ts', dir, '--port', String(port)],
    { detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () => {
    servers.delete(stop);
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  servers.add(stop);
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server for ${dir} did not start`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server for ${dir} exited (${code})`)));
  });
  await ready.catch((error: Error) => {
    stop();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}/`, stop };
}

// ---------------------------------------------------------------- lighthouse

interface LighthouseRun {
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
}

async function lighthouse(url: string, index: number): Promise<LighthouseRun> {
  const out = join(TMP, `lighthouse-${index}.json`);
  // The default config is the mobile profile (emulated phone, simulated slow 4G and 4× CPU).
  await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--quiet',
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: browserBinary.path }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    cls: audit('cumulative-layout-shift'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
  };
}

// ---------------------------------------------------------------- summaries

interface Percentiles {
  p50: number;
  p75: number;
  samples: number;
  eventTiming: number;
  /** Median time inside the event handlers (Event Timing): the rest is input delay and rendering. */
  processingP50: number | null;
}

function clickStats(samples: ClickSample[]): Percentiles | null {
  if (samples.length === 0) return null;
  const ms = samples.map((s) => s.ms);
  return {
    p50: percentile(ms, 0.5),
    p75: percentile(ms, 0.75),
    samples: samples.length,
    eventTiming: samples.filter((s) => s.method === 'event-timing').length,
    processingP50: median(samples.flatMap((s) => s.processingMs ?? [])),
  };
}

/** Median over runs of a per-run figure; null when no run produced it. */
function medianOf(runs: RunResult[], pick: (r: RunResult) => number | null | undefined) {
  const values = runs.map(pick).filter((v): v is number => typeof v === 'number');
  return values.length > 0 ? median(values) : null;
}

function summarize(runs: RunResult[]) {
  const views = Object.fromEntries(
    VIEW_NAMES.map((name) => [
      name,
      {
        ms: medianOf(runs, (r) => r.views[name]),
        renderedIn: runs.filter((r) => r.views[name] !== null).length,
      },
    ]),
  );
  const interactions = Object.fromEntries(
    INTERACTIONS.map((name) => [name, clickStats(runs.flatMap((r) => r.interactions[name] ?? []))]),
  ) as Record<InteractionName, Percentiles | null>;
  const allClicks = clickStats(
    runs.flatMap((r) => INTERACTIONS.flatMap((name) => r.interactions[name] ?? [])),
  );
  // Pan and zoom together: the budget is about the timeline under any gesture.
  const gestures = (r: RunResult): FrameStats[] =>
    r.timeline ? [r.timeline.pan, r.timeline.zoom] : [];
  const frameShare = medianOf(runs, (r) => {
    const g = gestures(r);
    const frames = g.reduce((n, s) => n + s.frames, 0);
    return frames > 0 ? g.reduce((n, s) => n + s.over20ms, 0) / frames : null;
  });
  const worstFrame = medianOf(runs, (r) =>
    r.timeline ? Math.max(r.timeline.pan.worstMs, r.timeline.zoom.worstMs) : null,
  );
  return {
    calibrationMs: medianOf(runs, (r) => r.calibrationMs) ?? Number.NaN,
    lcpMs: medianOf(runs, (r) => r.lcpMs),
    firstProgressMs: medianOf(runs, (r) => r.firstProgressMs),
    allViewsMs: medianOf(runs, (r) => r.allViewsMs),
    allViewsRenderedIn: runs.filter((r) => r.allViewsMs !== null).length,
    views,
    longestLongTaskMs: medianOf(runs, (r) => r.longestLongTaskMs),
    longestLongTaskMaxMs: Math.max(...runs.map((r) => r.longestLongTaskMs)),
    heapMiB: medianOf(runs, (r) => r.heapMiB),
    interactions,
    allClicks,
    timeline: {
      slowFrameShare: frameShare,
      worstFrameMs: worstFrame,
      panSlowShare: medianOf(runs, (r) => r.timeline?.pan.slowShare),
      zoomSlowShare: medianOf(runs, (r) => r.timeline?.zoom.slowShare),
    },
  };
}
type Summary = ReturnType<typeof summarize>;

// ---------------------------------------------------------------- report

interface Row {
  metric: string;
  dataset: string;
  figure: string;
  /** The figure divided by the calibration workload's time, for timings. */
  ratio: string;
  budget: string;
  result: 'pass' | 'FAIL' | '';
}

const ms = (v: number | null) =>
  v === null || !Number.isFinite(v) ? 'n/a' : `${Math.round(v).toLocaleString('en')} ms`;
const ratio = (v: number | null, calibration: number) =>
  v === null || !Number.isFinite(calibration) ? '' : `${(v / calibration).toFixed(2)}×`;
const verdict = (pass: boolean | null): Row['result'] =>
  pass === null ? '' : pass ? 'pass' : 'FAIL';

function datasetRows(name: string, s: Summary, runs: number): Row[] {
  const c = s.calibrationMs;
  const b10k = BUDGETS['10k'];
  const b100k = BUDGETS['100k'];
  const is10k = name === '10k';
  const is100k = name === '100k';
  const filterBudget = is10k ? b10k.filterP75Ms : is100k ? b100k.filterP75Ms : null;
  const timed = (
    metric: string,
    value: number | null,
    budget: number | null,
    missing = 'n/a',
  ): Row => ({
    metric,
    dataset: name,
    figure: value === null ? missing : ms(value),
    ratio: ratio(value, c),
    budget: budget === null ? '' : `≤ ${budget.toLocaleString('en')} ms`,
    result: budget === null ? '' : verdict(value !== null && value <= budget),
  });
  const clicks = s.allClicks;
  const method = clicks
    ? ` (${clicks.samples} clicks, ${clicks.eventTiming} by Event Timing, ${clicks.samples - clicks.eventTiming} by double-rAF)`
    : '';
  const share = s.timeline.slowFrameShare;
  return [
    timed('LCP', s.lcpMs, null),
    timed(
      'First progress bar shown',
      s.firstProgressMs,
      null,
      'not shown (loaded before it was needed)',
    ),
    timed(
      'Every view rendered',
      s.allViewsMs,
      is10k ? b10k.allViewsMs : null,
      `never (all views in ${s.allViewsRenderedIn}/${runs} runs)`,
    ),
    timed(
      'Longest long task during load',
      s.longestLongTaskMs,
      is100k ? b100k.longestLongTaskMs : null,
    ),
    {
      metric: 'JS heap after load (after GC)',
      dataset: name,
      figure: s.heapMiB === null ? 'n/a' : `${s.heapMiB.toFixed(1)} MiB`,
      ratio: '',
      budget: '',
      result: '',
    },
    timed(`Filter click→next paint p50${method}`, clicks?.p50 ?? null, null),
    timed('Filter click→next paint p75', clicks?.p75 ?? null, filterBudget),
    {
      metric: 'Timeline pan/zoom: frames over 20 ms',
      dataset: name,
      figure: share === null ? 'n/a' : `${(share * 100).toFixed(1)} %`,
      ratio: '',
      budget: is10k ? `≤ ${b10k.slowFrameShareMax * 100} %` : '',
      result: is10k ? verdict(share !== null && share <= b10k.slowFrameShareMax) : '',
    },
    timed(
      'Timeline pan/zoom: worst frame',
      s.timeline.worstFrameMs,
      is10k ? b10k.worstFrameMs : null,
    ),
  ];
}

function markdownTable(headers: string[], rows: string[][]): string {
  const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

function detailTable(results: { name: string; summary: Summary }[]): string {
  const cell = (f: (s: Summary) => string) => results.map((r) => f(r.summary));
  const clicks = (p: Percentiles | null) =>
    p ? `${Math.round(p.p50)} / ${Math.round(p.p75)} ms (${p.eventTiming}/${p.samples} ET)` : 'n/a';
  const rows: string[][] = [
    ['Calibration workload', ...cell((s) => ms(s.calibrationMs))],
    ...VIEW_NAMES.map((view) => [
      `${view} first rendered`,
      ...cell((s) => ms(s.views[view]?.ms ?? null)),
    ]),
    ['Longest long task, worst run', ...cell((s) => ms(s.longestLongTaskMaxMs))],
    [
      'Filter click: time in event handlers p50',
      ...cell((s) => ms(s.allClicks?.processingP50 ?? null)),
    ],
    ...INTERACTIONS.map((name) => [
      `${name} click→paint p50 / p75`,
      ...cell((s) => clicks(s.interactions[name])),
    ]),
    [
      'Pan / zoom frames over 20 ms',
      ...cell(
        (s) =>
          `${((s.timeline.panSlowShare ?? Number.NaN) * 100).toFixed(1)} % / ${((s.timeline.zoomSlowShare ?? Number.NaN) * 100).toFixed(1)} %`,
      ),
    ],
  ];
  return markdownTable(['Detail (medians)', ...results.map((r) => r.name)], rows);
}

function machineInfo(chromiumVersion: string) {
  const git = (gitArgs: string[]) =>
    spawnSync('git', gitArgs, { encoding: 'utf8' }).stdout?.trim() ?? '';
  const lighthouseVersion = (
    JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }
  ).version;
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: lighthouseVersion,
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: git(['status', '--porcelain']) !== '',
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  const loadAtStart = os.loadavg();

  const prepared: Prepared[] = [];
  for (const spec of selected) {
    log(`building ${spec.name}…`);
    prepared.push(prepare(spec));
  }
  const first = prepared[0] as Prepared;
  // The JavaScript does not depend on the dataset (it is fetched at run time).
  const bundle = bundleReport(first.dist);

  const browser: Browser = await chromium.launch({
    executablePath: browserBinary.path,
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  const results: {
    name: string;
    file: string;
    meetings: number;
    buildS: number;
    runs: RunResult[];
    summary: Summary;
  }[] = [];
  // Each interface language is its own page (its own HTML, catalogue and texts): both are measured.
  const LIGHTHOUSE_PAGES = [
    { locale: 'en', name: 'English', path: '' },
    { locale: 'vi', name: 'Vietnamese', path: 'vi/' },
  ] as const;
  type LighthouseLocale = (typeof LIGHTHOUSE_PAGES)[number]['locale'];
  const lighthouseRuns: Record<LighthouseLocale, LighthouseRun[]> = { en: [], vi: [] };
  try {
    for (const dataset of prepared) {
      const server = await serve(dataset.dist);
      try {
        const runs: RunResult[] = [];
        for (let i = 0; i < RUNS; i++) {
          log(`${dataset.name}: run ${i + 1}/${RUNS}`);
          const result = await measureRun(browser, server.url);
          for (const error of result.errors)
            problems.push(`${dataset.name} run ${i + 1}: ${error}`);
          for (const [gesture, stats] of Object.entries(result.timeline ?? {})) {
            if (!stats.moved) {
              breakages.push(
                `${dataset.name} run ${i + 1}: the timeline ${gesture} did not move the visible window (${stats.windowBefore}); its frame times measure nothing`,
              );
            }
          }
          runs.push(result);
        }
        if (dataset.name === 'shipped' && !args['no-lighthouse']) {
          for (const page of LIGHTHOUSE_PAGES) {
            for (let i = 0; i < RUNS; i++) {
              log(`shipped: Lighthouse ${page.name} ${i + 1}/${RUNS}`);
              try {
                lighthouseRuns[page.locale].push(await lighthouse(`${server.url}${page.path}`, i));
              } catch (error) {
                breakages.push(`Lighthouse ${page.name} run ${i + 1}: ${(error as Error).message}`);
              }
            }
          }
        }
        results.push({
          name: dataset.name,
          file: dataset.file,
          meetings: dataset.meetings,
          buildS: dataset.buildS,
          runs,
          summary: summarize(runs),
        });
      } finally {
        server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  for (const page of LIGHTHOUSE_PAGES) {
    lighthouseRuns[page.locale] = lighthouseRuns[page.locale].filter((r) =>
      Number.isFinite(r.performance),
    );
  }

  // ------------------------------------------------------------ table
  const rows: Row[] = [
    {
      metric: 'Entry JS (gzip)',
      dataset: 'any',
      figure: `${bundle.entry.gzipKiB} KiB`,
      ratio: '',
      budget: `≤ ${BUDGETS.bundle.entryGzipKiB} KiB`,
      result: verdict(bundle.entry.gzipKiB <= BUDGETS.bundle.entryGzipKiB),
    },
    {
      metric: `All JS (gzip, ${bundle.allJs.files} files)`,
      dataset: 'any',
      figure: `${bundle.allJs.gzipKiB} KiB`,
      ratio: '',
      budget: `≤ ${BUDGETS.bundle.allJsGzipKiB} KiB`,
      result: verdict(bundle.allJs.gzipKiB <= BUDGETS.bundle.allJsGzipKiB),
    },
  ];
  if (bundle.lazyInEntry.length > 0) {
    problems.push(`in the entry chunk but meant to load lazily: ${bundle.lazyInEntry.join(', ')}`);
  }
  const lighthouseSummary = (runs: LighthouseRun[]) =>
    runs.length > 0
      ? {
          performance: median(runs.map((r) => r.performance)),
          accessibility: median(runs.map((r) => r.accessibility)),
          cls: median(runs.map((r) => r.cls)),
          lcpMs: median(runs.map((r) => r.lcpMs)),
          tbtMs: median(runs.map((r) => r.tbtMs)),
          runs,
        }
      : null;
  const lhByLocale = Object.fromEntries(
    LIGHTHOUSE_PAGES.map((page) => [page.locale, lighthouseSummary(lighthouseRuns[page.locale])]),
  ) as Record<LighthouseLocale, ReturnType<typeof lighthouseSummary>>;
  for (const page of LIGHTHOUSE_PAGES) {
    const lh = lhByLocale[page.locale];
    if (!lh) continue;
    const b = BUDGETS.shipped;
    const n = `median of ${lh.runs.length}`;
    const where = `${page.name}, /${page.path}`;
    rows.push(
      {
        metric: `Lighthouse mobile performance (${where}; ${n}; LCP ${ms(lh.lcpMs)}, TBT ${ms(lh.tbtMs)})`,
        dataset: 'shipped',
        figure: String(lh.performance),
        ratio: '',
        budget: `≥ ${b.lighthousePerformanceMin}`,
        result: verdict(lh.performance >= b.lighthousePerformanceMin),
      },
      {
        metric: `Lighthouse accessibility (${where})`,
        dataset: 'shipped',
        figure: String(lh.accessibility),
        ratio: '',
        budget: `= ${b.lighthouseAccessibilityMin}`,
        result: verdict(lh.accessibility >= b.lighthouseAccessibilityMin),
      },
      {
        metric: `CLS (Lighthouse, ${where})`,
        dataset: 'shipped',
        figure: lh.cls.toFixed(3),
        ratio: '',
        budget: `≤ ${b.clsMax}`,
        result: verdict(lh.cls <= b.clsMax),
      },
    );
  }
  for (const r of results) rows.push(...datasetRows(r.name, r.summary, r.runs.length));

  const wallS = (Date.now() - started) / 1000;
  const machine = machineInfo(chromiumVersion);
  const date = new Date().toISOString();
  const datasetsLine = results
    .map((r) => `${r.name} = ${r.meetings.toLocaleString('en')} meetings (${r.file})`)
    .join('; ');
  const markdown = [
    '# Benchmark',
    '',
    `${date} · ${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · Chromium ${machine.chromium} · commit ${machine.commit}${machine.uncommittedChanges ? ' + uncommitted changes' : ''} · load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} · wall time ${Math.round(wallS)} s`,
    '',
    `Datasets: ${datasetsLine}. ${RUNS} fresh-context runs each; timings are medians over runs, click figures percentiles over all clicks of all runs. "÷ calib" divides a timing by the fixed calibration workload timed in the same browser just before each run, to compare results across busy or different machines. The app draws the timeline, map and charts once they scroll into sight, so during the load the page is scrolled down one screen every 100 ms, like a hurried reader, until every view has rendered ("Every view rendered" includes that).`,
    '',
    markdownTable(
      ['Metric', 'Dataset', 'Figure', '÷ calib', 'Budget', 'Result'],
      rows.map((r) => [r.metric, r.dataset, r.figure, r.ratio, r.budget, r.result]),
    ),
    '',
    detailTable(results),
    '',
    'ET = clicks measured by the Event Timing API (click/pointerup entries ≥ 16 ms); the rest were under 16 ms and were measured as click→second animation frame in the page, an upper bound.',
    ...(problems.length + breakages.length > 0
      ? ['', '## Problems', '', ...[...breakages, ...problems].map((p) => `- ${p}`)]
      : []),
    '',
  ].join('\n');

  const json = {
    date,
    wallTimeS: Math.round(wallS),
    machine,
    options: { runs: RUNS, only: selected.map((d) => d.name), seed: SEED },
    budgets: BUDGETS,
    bundle,
    lighthouse: lhByLocale,
    datasets: results,
    table: rows,
    problems,
    breakages,
  };
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${RESULTS}/latest.json and latest.md`);
  if (breakages.length > 0) {
    console.error(`\nBENCHMARK BROKEN:\n${breakages.map((b) => `  - ${b}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
