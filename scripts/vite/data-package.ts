/**
 * The dataset as an open data package (Frictionless Data Package v1), written
 * beside the app under data/: the JSON as published, one CSV per table of
 * src/data/export/dataset-tables.ts, a JSON Schema of the dataset generated
 * from the valibot schema the app validates with, and datapackage.json
 * describing them with the licence, version and sources.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { toCsv } from '../../src/data/export/csv.ts';
import { DATA_PACKAGE } from '../../src/data/export/data-package-files.ts';
import { datasetTables } from '../../src/data/export/dataset-tables.ts';
import type { Table } from '../../src/data/export/tables.ts';
import { type Dataset, datasetSchema } from '../../src/data/schema.ts';
import type { Lang } from '../../src/i18n/translate.ts';
import { nodeLang } from './node-lang.ts';

/** Tables whose rows belong to a meeting: their `meeting_id` points into meetings.csv. */
const BY_MEETING = new Set(['people', 'outcomes', 'sources']);
const KEYED_BY_ID = new Set(['meetings', 'partners', 'milestones']);

function tableResource(table: Table) {
  const schema: Record<string, unknown> = {
    fields: table.fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      ...(f.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [''],
  };
  if (KEYED_BY_ID.has(table.name)) schema.primaryKey = 'id';
  if (table.name === 'participants') schema.primaryKey = 'code';
  if (BY_MEETING.has(table.name))
    schema.foreignKeys = [
      { fields: 'meeting_id', reference: { resource: 'meetings', fields: 'id' } },
    ];
  return {
    name: table.name,
    title: table.title,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    // Said outright, so no reader has to guess it from the first lines.
    dialect: {
      delimiter: ',',
      quoteChar: '"',
      doubleQuote: true,
      lineTerminator: '\r\n',
      header: true,
    },
    schema,
  };
}

/** The dataset format as JSON Schema, from the one valibot schema (checks it cannot express are left to the data check). */
export function datasetJsonSchema(): object {
  return {
    ...toJsonSchema(datasetSchema, { errorMode: 'ignore' }),
    title: 'Hanoi Convention cooperation explorer: dataset format, schema version 1',
  };
}

/** Each publisher once, with its site, as the package's sources. */
function sources(data: Dataset) {
  const byPublisher = new Map<string, string>();
  for (const meeting of data.meetings)
    for (const source of meeting.sources)
      if (!byPublisher.has(source.publisher))
        byPublisher.set(source.publisher, new URL(source.url).origin);
  return [...byPublisher].map(([title, path]) => ({ title, path }));
}

export function dataPackageDescriptor(data: Dataset, tables: Table[]) {
  return {
    profile: 'data-package',
    name: 'hanoi-convention-meetings',
    title: data.title,
    description:
      'Meetings around the UN Convention against Cybercrime (the Hanoi Convention): who met whom, when, about what and what they agreed, each summarised in the dataset’s own words from public reports it links to; with the convention’s participants and milestones when the dataset has them.',
    ...(data.version ? { version: data.version } : {}),
    created: `${data.updated}T00:00:00Z`,
    ...(data.license
      ? {
          licenses: [
            { name: data.license.name, path: data.license.url, title: data.license.title },
          ],
        }
      : {}),
    sources: sources(data),
    resources: [
      {
        name: 'dataset',
        title: 'The whole dataset, in the explorer’s own format',
        path: DATA_PACKAGE.dataset,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description: `Its JSON Schema is ${DATA_PACKAGE.jsonSchema}.`,
      },
      {
        name: 'dataset-schema',
        title: 'JSON Schema of the dataset format',
        path: DATA_PACKAGE.jsonSchema,
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
      },
      ...tables.map(tableResource),
    ],
  };
}

/** The package's files (besides the dataset itself), by name: what the build writes and dev serves. */
/** `english`: the interface's English, when the caller has it already. */
export function dataPackageFiles(data: Dataset, english = nodeLang('en')): Map<string, string> {
  const tables = datasetTables(data, english);
  const files = new Map<string, string>();
  for (const table of tables)
    files.set(
      `${table.name}.csv`,
      // Data as it is, for programs: no byte order mark and no formula guard (the app's own
      // download, meant for spreadsheets, has both).
      toCsv(
        table.fields.map((f) => f.name),
        table.rows,
        { bom: false, neutralise: false },
      ),
    );
  files.set(DATA_PACKAGE.jsonSchema, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  files.set(
    DATA_PACKAGE.descriptor,
    `${JSON.stringify(dataPackageDescriptor(data, tables), null, 2)}\n`,
  );
  return files;
}

/** Writes the package into `dir` (the build's data/ folder, which already holds the JSON). */
export function writeDataPackage(dir: string, data: Dataset, english?: Lang): void {
  for (const [name, content] of dataPackageFiles(data, english))
    writeFileSync(join(dir, name), content);
}
