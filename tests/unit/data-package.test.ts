// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The Frictionless Data reference implementation: the spec's own profiles, and
// Table Schema casting of every CSV value against its declared field.
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { writeDataPackage } from '../../scripts/vite/data-package.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { clone, smallDataset } from '../helpers.ts';

const shipped = JSON.parse(readFileSync('data/meetings.json', 'utf8')) as Dataset;

function build(data: Dataset): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  writeFileSync(join(dir, 'meetings.json'), JSON.stringify(data));
  writeDataPackage(dir, data);
  return dir;
}

interface LoadedResource {
  name: string;
  tabular: boolean;
  read: (options: { cast: boolean; relations?: boolean }) => Promise<unknown[][]>;
}

async function check(dir: string) {
  const pkg = (await Package.load(join(dir, 'datapackage.json'), { strict: false })) as {
    valid: boolean;
    errors: Error[];
    resources: LoadedResource[];
    descriptor: Record<string, unknown>;
  };
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const rows: Record<string, number> = {};
  for (const resource of pkg.resources) {
    if (!resource.tabular) continue;
    // Casts every value to its field's type and checks required fields and keys;
    // throws on the first row that does not fit.
    const data = await resource.read({ cast: true, relations: true });
    rows[resource.name] = data.length;
  }
  return { pkg, rows };
}

describe('the open data package', () => {
  it('is a valid Data Package whose every CSV fits its declared fields', async () => {
    const { pkg, rows } = await check(build(shipped));
    expect(rows.meetings).toBe(shipped.meetings.length);
    expect(rows.partners).toBe(shipped.partners.length);
    expect(rows.sources).toBe(shipped.meetings.reduce((n, m) => n + m.sources.length, 0));
    expect(rows.participants).toBe(shipped.convention?.participants.length);
    expect(pkg.descriptor).toMatchObject({
      version: shipped.version,
      licenses: [{ name: 'CC-BY-4.0' }],
    });
  }, 30_000);

  it('works for a dataset without a convention part, version or licence, with hostile text', async () => {
    const data = clone(smallDataset());
    const first = data.meetings[0];
    if (!first) throw new Error('fixture without meetings');
    first.summary = '=HYPERLINK("http://evil.example","click"), with "quotes",\nand a new line';
    const { rows, pkg } = await check(build(data));
    expect(rows.participants).toBeUndefined();
    expect(rows.meetings).toBe(data.meetings.length);
    expect(pkg.descriptor.licenses).toBeUndefined();
  }, 30_000);

  it('fails when a CSV no longer fits its fields (the check can fail)', async () => {
    const dir = build(shipped);
    const csv = readFileSync(join(dir, 'meetings.csv'), 'utf8').split('\r\n');
    // A meeting with a day that is not a date.
    csv[1] = csv[1]?.replace(/^([^,]+),\d{4}-\d{2}-\d{2},/, '$1,someday,') ?? '';
    writeFileSync(join(dir, 'meetings.csv'), csv.join('\r\n'));
    await expect(check(dir)).rejects.toThrow();
  }, 30_000);

  it('publishes a JSON Schema of the dataset generated from the app’s schema', () => {
    const dir = build(shipped);
    const schema = JSON.parse(readFileSync(join(dir, 'dataset.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'title', 'meetings']));
    expect(Object.keys(schema.properties.meetings.items.properties)).toEqual(
      expect.arrayContaining(['id', 'date', 'title', 'partners', 'sources']),
    );
  });
});
