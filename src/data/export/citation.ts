/**
 * Citations of the dataset, or of one meeting in it, in the formats people
 * paste into articles and reference managers: APA (7th), Chicago (author-date),
 * BibTeX and CSL-JSON. Pure: the page passes its own address and today's day.
 */

import { SITE_NAME } from './caption.ts';
import type { CitationFormat } from './citation-formats.ts';

/** Who the dataset is by: the project, as a group author. */
export const CITATION_AUTHOR = SITE_NAME;

export interface CitedWork {
  /** The dataset's title. */
  dataset: string;
  version: string | null;
  /** The dataset's `updated` day, YYYY-MM-DD. */
  updated: string;
  /** The address that shows it: the site, or the meeting's page. */
  url: string;
  /** The day the reader looked (CSL's "accessed"), YYYY-MM-DD. */
  accessed: string;
  /** For one meeting: its title, day and id. */
  meeting?: { id: string; title: string; date: string };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(day: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return [y, m, d];
}

/** "December 2, 2026" (Chicago). */
function longDate(day: string): string {
  const [y, m, d] = parts(day);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const versionText = (work: CitedWork) => (work.version ? `Version ${work.version}` : null);

/** APA 7 dates a dataset by its year (the version says which edition). */
function apa(work: CitedWork): string {
  const version = versionText(work);
  const [year] = parts(work.updated);
  if (work.meeting) {
    return `${CITATION_AUTHOR}. (${year}). ${work.meeting.title} [Meeting record, ${longDate(work.meeting.date)}]. In ${work.dataset}${version ? ` (${version})` : ''}. ${work.url}`;
  }
  return `${CITATION_AUTHOR}. (${year}). ${work.dataset}${version ? ` (${version})` : ''} [Data set]. ${work.url}`;
}

function chicago(work: CitedWork): string {
  const [year] = parts(work.updated);
  const version = work.version ? ` Version ${work.version}.` : '';
  const lead = `${CITATION_AUTHOR}. ${year}.`;
  const tail = `Updated ${longDate(work.updated)}. Accessed ${longDate(work.accessed)}. ${work.url}.`;
  if (work.meeting) {
    return `${lead} “${work.meeting.title}.” Meeting of ${longDate(work.meeting.date)}. In ${work.dataset}.${version} Dataset. ${tail}`;
  }
  return `${lead} ${work.dataset}.${version} Dataset. ${tail}`;
}

/** TeX's special characters, so a title with "&" or "%" compiles. */
function tex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\textasciicircum{}';
    if (c === '~') return '\\textasciitilde{}';
    return `\\${c}`;
  });
}

/** A citation key: letters, digits and hyphens only. */
function bibKey(work: CitedWork): string {
  const [year] = parts(work.updated);
  const id = work.meeting ? work.meeting.id : 'dataset';
  return `hanoi-convention-${id}-${year}`.replace(/[^A-Za-z0-9-]/g, '-');
}

function bibtex(work: CitedWork): string {
  const [year, month] = parts(work.updated);
  const fields: [string, string][] = [
    // Doubled braces: a group author, not a person's "Last, First".
    ['author', `{{${tex(CITATION_AUTHOR)}}}`],
    // Doubled braces again: classic styles would lower-case a title in single ones.
    ['title', `{{${tex(work.meeting ? work.meeting.title : work.dataset)}}}`],
  ];
  if (work.meeting) {
    fields.push(['booktitle', `{${tex(work.dataset)}}`]);
    fields.push(['note', `{Meeting of ${tex(longDate(work.meeting.date))}}`]);
  }
  // BibTeX's month macros (jan…dec), which every style prints in its own way.
  const monthMacro = MONTHS[month - 1]?.slice(0, 3).toLowerCase() ?? String(month);
  fields.push(['year', `{${year}}`], ['month', monthMacro]);
  if (work.version) fields.push(['version', `{${tex(work.version)}}`]);
  fields.push(['url', `{${work.url}}`], ['urldate', `{${work.accessed}}`]);
  const body = fields.map(([k, val]) => `  ${k} = ${val}`).join(',\n');
  return `@misc{${bibKey(work)},\n${body}\n}`;
}

function cslJson(work: CitedWork): string {
  const item: Record<string, unknown> = {
    id: bibKey(work),
    type: 'dataset',
    title: work.meeting ? work.meeting.title : work.dataset,
    author: [{ literal: CITATION_AUTHOR }],
    issued: { 'date-parts': [parts(work.updated)] },
    accessed: { 'date-parts': [parts(work.accessed)] },
    URL: work.url,
  };
  if (work.version) item.version = work.version;
  if (work.meeting) {
    item['container-title'] = work.dataset;
    item.note = `Meeting of ${longDate(work.meeting.date)}`;
  }
  return JSON.stringify([item], null, 2);
}

export function citation(work: CitedWork, format: CitationFormat): string {
  switch (format) {
    case 'apa':
      return apa(work);
    case 'chicago':
      return chicago(work);
    case 'bibtex':
      return bibtex(work);
    case 'csl-json':
      return cslJson(work);
  }
}
