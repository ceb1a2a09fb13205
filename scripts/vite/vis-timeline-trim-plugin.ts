import type { Plugin } from 'vite';

/**
 * Drops three parts of vis-timeline the app never runs, about 11 KiB of gzip
 * (docs/decisions/014-*): Graph2d, the line-chart component that ships in the
 * same module as Timeline and is kept by its prototype set-up although nothing
 * imports it; the option configurator with its colour picker (only built for
 * `configure: true`, which the app never sets), replaced by an inert stub; and
 * the option validator with the table of every option it checks against (it
 * only prints console hints for a wrong option; the app's options are fixed and
 * its browser tests draw the timeline with them), replaced by one that passes.
 *
 * The cuts are made between named landmarks of vis-timeline 8's ES module. If
 * an upgrade moves them, the build fails with this message instead of
 * shipping a broken timeline.
 */
const MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

const CUTS = [
  {
    what: 'the option configurator and its colour picker',
    from: 'var htmlColors = {',
    to: 'let errorFound = false;',
    stub: 'class Configurator { setOptions() {} setModuleOptions() {} destroy() {} }\n',
  },
  {
    what: 'the option validator',
    from: 'let errorFound = false;',
    to: 'const string$1 = "string";',
    stub: 'const printStyle = "";\nclass Validator { static validate() { return false; } }\n',
  },
  {
    what: "the table of Timeline's options the validator checked against",
    from: 'const allOptions = {',
    to: 'const configureOptions = {',
    stub: 'const allOptions = null;\n',
  },
  {
    what: 'Graph2d',
    from: 'function Graph2d(container',
    // Timeline's own option lists follow Graph2d's code.
    to: 'const string = "string";',
    stub: '',
  },
  {
    what: 'the namespace export of every part',
    from: 'const timeline = {',
    to: 'export { Graph2d, Timeline, timeline };',
    stub: '',
  },
] as const;

export function trimVisTimeline(code: string): string {
  let out = code;
  for (const cut of CUTS) {
    const start = out.indexOf(cut.from);
    const end = out.indexOf(cut.to, start);
    if (start < 0 || end < 0) {
      throw new Error(
        `vis-timeline-trim: cannot find ${cut.what} ("${cut.from}" … "${cut.to}") in vis-timeline; ` +
          'its module has changed: update or remove scripts/vite/vis-timeline-trim-plugin.ts',
      );
    }
    out = out.slice(0, start) + cut.stub + out.slice(end);
  }
  return out.replace('export { Graph2d, Timeline, timeline };', 'export { Timeline };');
}

export function visTimelineTrimPlugin(): Plugin {
  return {
    name: 'vis-timeline-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0] ?? id)) return null;
      return { code: trimVisTimeline(code), map: null };
    },
  };
}
