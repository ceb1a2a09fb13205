/**
 * `npm run data:check [file]` — validates a dataset file against the schema in
 * src/data/schema.ts and the cross-reference rules. Prints one line per problem
 * with its JSON path and exits non-zero when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../../src/data/schema.ts';

const file = resolve(process.argv[2] ?? process.env.DATASET ?? 'data/meetings.json');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (error) {
  fail([`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
}

let json: unknown;
try {
  json = JSON.parse(raw);
} catch (error) {
  fail([`${file}: not valid JSON (${(error as Error).message})`]);
}

const result = validateDataset(json);
if (!result.ok) {
  fail([
    `${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    ...result.problems.map((p) => `${p.path || '(root)'}: ${p.message}`),
  ]);
}
const { meetings, partners, topics } = result.data;
console.log(
  `${file}: OK — ${meetings.length} meetings, ${partners.length} partners, ${topics.length} topics`,
);
