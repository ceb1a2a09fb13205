import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeLang } from '../../scripts/vite/node-lang.ts';
import { exportCaption } from '../../src/data/export/caption.ts';
import { type CitedWork, citation } from '../../src/data/export/citation.ts';
import { BYTE_ORDER_MARK, csvCell, toCsv } from '../../src/data/export/csv.ts';
import { datasetTables } from '../../src/data/export/dataset-tables.ts';
import { escapeXml } from '../../src/data/export/escape-xml.ts';
import { exportFileName } from '../../src/data/export/file-name.ts';
import { subsetDataset } from '../../src/data/export/subset.ts';
import { meetingsTable, tableContext } from '../../src/data/export/tables.ts';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { type Dataset, validateDataset } from '../../src/data/schema.ts';
import type { Lang } from '../../src/i18n/translate.ts';
import { EN, VI } from '../helpers.ts';

const shipped = JSON.parse(readFileSync('data/meetings.json', 'utf8')) as Dataset;

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['Lương Tam Quang', 'Lương Tam Quang'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' edge', '" edge"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers as they are and nothing for null', () => {
    expect(csvCell(7)).toBe('7');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a byte order mark and ends rows with CRLF', () => {
    const csv = toCsv(
      ['name', 'n'],
      [
        ['Lương', 1],
        ['=x', null],
      ],
    );
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(csv.slice(1)).toBe("name,n\r\nLương,1\r\n'=x,\r\n");
  });
});

describe('the meetings table', () => {
  it('has one row per meeting, each as wide as the header, lists flattened', () => {
    const table = meetingsTable(shipped.meetings, tableContext(shipped));
    expect(table.rows).toHaveLength(shipped.meetings.length);
    for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
    const poland = shipped.meetings.find((m) => m.partners.includes('poland'));
    expect(poland).toBeDefined();
    const row = table.rows[shipped.meetings.indexOf(poland as Dataset['meetings'][number])];
    const cell = (name: string) => row?.[table.fields.findIndex((f) => f.name === name)];
    expect(cell('partner_countries')).toContain('PL');
    expect(cell('source_urls')).toContain(poland?.sources[0]?.url);
  });

  it('publishes every table with rows as wide as its fields', () => {
    const tables = datasetTables(shipped, nodeLang('en'));
    expect(tables.map((t) => t.name)).toEqual([
      'meetings',
      'partners',
      'people',
      'outcomes',
      'sources',
      'participants',
      'milestones',
    ]);
    for (const table of tables)
      for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
  });

  it('leaves out the convention tables for a dataset without a convention part', () => {
    const { convention: _, ...plain } = shipped;
    expect(datasetTables(plain, nodeLang('en')).map((t) => t.name)).not.toContain('participants');
  });
});

describe('the matching meetings as a dataset of their own', () => {
  it('is a valid dataset with only the partners and topics it names', () => {
    const some = shipped.meetings.filter((m) => m.partners.includes('poland'));
    const subset = subsetDataset(shipped, some);
    const result = validateDataset(JSON.parse(JSON.stringify(subset)));
    expect(result.ok).toBe(true);
    expect(subset.meetings).toHaveLength(some.length);
    expect(subset.partners.length).toBeLessThan(shipped.partners.length);
    expect(subset.convention).toBeUndefined();
  });
});

describe('file names', () => {
  it('say what the file holds and the day the data is as of', () => {
    expect(
      exportFileName(
        'meetings',
        { ...EMPTY_FILTERS, country: ['PL'], topic: ['cybercrime'], q: 'Lương Tam' },
        { updated: '2026-12-02', version: '1.1.0' },
        'csv',
      ),
    ).toBe('meetings_country-pl_topic-cybercrime_q-luong-tam_2026-12-02_v1.1.0.csv');
    expect(exportFileName('meetings', EMPTY_FILTERS, { updated: '2026-12-02' }, 'json')).toBe(
      'meetings_2026-12-02.json',
    );
  });

  it('stay short under many filters', () => {
    const many = Array.from({ length: 60 }, (_, i) => `topic-number-${i}`);
    const name = exportFileName(
      'meetings',
      { ...EMPTY_FILTERS, topic: many },
      { updated: '2026-12-02' },
      'csv',
    );
    expect(name.length).toBeLessThan(150);
    expect(name).toMatch(/-etc_2026-12-02\.csv$/);
  });
});

describe('captions of downloaded pictures', () => {
  const prepared = prepareDataset(shipped);
  /** The caption of a picture of Poland's 4 meetings, in a language. */
  const polandCaption = (lang: Lang, link = '') =>
    exportCaption(
      shipped,
      prepared,
      { ...EMPTY_FILTERS, country: ['PL'] },
      { matching: 4, total: 45 },
      link,
      lang,
    );

  it('name the filters, the data version and licence, and the link', () => {
    const caption = polandCaption(EN, 'https://example.org/?country=PL');
    expect(caption.filters).toBe('Filters: Country: Poland (4 of 45 meetings)');
    expect(caption.source).toMatch(/data version 1\.\d+\.\d+ as of/);
    expect(caption.licence).toContain('CC-BY-4.0');
    expect(caption.link).toBe('https://example.org/?country=PL');
    const { license: _, ...unlicensed } = shipped;
    expect(
      exportCaption(unlicensed, prepared, EMPTY_FILTERS, { matching: 45, total: 45 }, '', EN)
        .licence,
    ).toBe('Licence: not stated in the dataset');
  });

  it('speak the interface language', () => {
    const caption = polandCaption(VI);
    expect(caption.filters).toBe('Bộ lọc: Quốc gia: Ba Lan (4 trên 45 cuộc gặp)');
    expect(caption.source).toMatch(
      /^Nguồn: .*dữ liệu phiên bản 1\.\d+\.\d+, cập nhật .*(tháng|thg)/,
    );
  });
});

describe('citations', () => {
  const dataset: CitedWork = {
    dataset: 'Hanoi Convention cooperation meetings',
    version: '1.1.0',
    updated: '2026-12-02',
    url: 'https://example.org/',
    accessed: '2026-12-05',
  };
  const meeting: CitedWork = {
    ...dataset,
    url: 'https://example.org/meetings/x/',
    meeting: { id: 'x', title: 'Talks on 50% & more_{x}', date: '2025-10-25' },
  };

  it('APA', () => {
    expect(citation(dataset, 'apa')).toBe(
      'Hanoi Convention cooperation explorer. (2026). Hanoi Convention cooperation meetings (Version 1.1.0) [Data set]. https://example.org/',
    );
    expect(citation(meeting, 'apa')).toBe(
      'Hanoi Convention cooperation explorer. (2026). Talks on 50% & more_{x} [Meeting record, October 25, 2025]. In Hanoi Convention cooperation meetings (Version 1.1.0). https://example.org/meetings/x/',
    );
  });

  it('Chicago', () => {
    expect(citation(dataset, 'chicago')).toBe(
      'Hanoi Convention cooperation explorer. 2026. Hanoi Convention cooperation meetings. Version 1.1.0. Dataset. Updated December 2, 2026. Accessed December 5, 2026. https://example.org/.',
    );
    expect(citation(meeting, 'chicago')).toContain(
      '“Talks on 50% & more_{x}.” Meeting of October 25, 2025.',
    );
  });

  it('BibTeX escapes what TeX would read as commands', () => {
    const bib = citation(meeting, 'bibtex');
    expect(bib).toMatch(/^@misc\{hanoi-convention-x-2026,\n/);
    expect(bib).toContain('title = {{Talks on 50\\% \\& more\\_\\{x\\}}}');
    expect(bib).toContain('month = dec');
    expect(bib).toContain('author = {{Hanoi Convention cooperation explorer}}');
    expect(bib).toContain('version = {1.1.0}');
    expect(bib).toContain('url = {https://example.org/meetings/x/}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });

  it('CSL-JSON is a list with one dataset item', () => {
    const [item] = JSON.parse(citation(meeting, 'csl-json')) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Talks on 50% & more_{x}',
      'container-title': 'Hanoi Convention cooperation meetings',
      version: '1.1.0',
      URL: 'https://example.org/meetings/x/',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
  });

  it('leaves the version out when the dataset has none', () => {
    expect(citation({ ...dataset, version: null }, 'apa')).not.toContain('Version');
    expect(citation({ ...dataset, version: null }, 'bibtex')).not.toContain('version');
  });
});

describe('XML text', () => {
  it('escapes markup and drops the characters XML cannot hold', () => {
    expect(escapeXml('<b>"Tom & Jerry"</b>\u000C\u0000 ok\ttab\nline')).toBe(
      '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt; ok\ttab\nline',
    );
  });
});
