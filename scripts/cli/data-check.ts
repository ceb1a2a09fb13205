/**
 * `npm run data:check [file] [--strict]` — validates a dataset file against the
 * schema in src/data/schema.ts and the cross-reference rules. Prints one line
 * per problem with its JSON path and exits non-zero when anything is wrong.
 * Fields the format does not have are warnings; `--strict` (what `npm test`
 * uses) fails on them too. The optional convention part is checked the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DatasetProblem, describeProblem } from '../../src/data/problems.ts';
import { parseDatasetText, unknownFields, validateDataset } from '../../src/data/schema.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { strict: { type: 'boolean', default: false } },
});
const file = resolve(positionals[0] ?? process.env.DATASET ?? 'data/meetings.json');

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function fail(headline: string, problems: DatasetProblem[] = []): never {
  console.error(`${file}: ${headline}`);
  for (const problem of problems) console.error(describeProblem(problem));
  process.exit(1);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

const parsed = parseDatasetText(text);
if (!parsed.ok) fail(count(parsed.problems.length, 'problem'), parsed.problems);
const result = validateDataset(parsed.json);
if (!result.ok) fail(count(result.problems.length, 'problem'), result.problems);

const warnings = unknownFields(parsed.json);
for (const warning of warnings) console.warn(`warning: ${describeProblem(warning)}`);
if (warnings.length > 0 && values.strict) {
  fail(`${count(warnings.length, 'unknown field')} (--strict fails on them; fix or remove them)`);
}
const { meetings, partners, topics, convention } = result.data;
const conventionPart = convention
  ? `; convention: ${count(convention.participants.length, 'participant')}, ${count(convention.milestones.length, 'milestone')}`
  : '';
console.log(
  `${file}: OK — ${meetings.length} meetings, ${partners.length} partners, ${topics.length} topics${conventionPart}`,
);
