import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clone, smallDataset } from '../helpers.ts';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Runs the data check on `content`; `output` is what it printed on both streams. */
function check(content: string, ...flags: string[]): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, content);
  const run = spawnSync(tsx, ['scripts/cli/data-check.ts', file, ...flags], { encoding: 'utf8' });
  return { code: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

describe('npm run data:check', () => {
  it('passes a valid file and says what it holds', () => {
    const { code, output } = check(JSON.stringify(smallDataset()));
    expect(code).toBe(0);
    expect(output).toMatch(/OK — 3 meetings, 4 partners, 4 topics/);
  });

  it('fails with one line per problem, each with its JSON path', () => {
    const data = clone(smallDataset());
    data.meetings[2]!.partners[0] = 'polnd';
    data.meetings[0]!.sources[0]!.url = 'javascript:void(0)';
    const { code, output } = check(JSON.stringify(data));
    expect(code).toBe(1);
    expect(output).toMatch(/2 problems/);
    expect(output).toContain('meetings[2].partners[0]: unknown partner "polnd"');
    expect(output).toContain('meetings[0].sources[0].url: must be an http(s) URL');
  });

  it('fails clearly on a file that is not JSON', () => {
    const { code, output } = check('{ "schemaVersion": 1,');
    expect(code).toBe(1);
    expect(output).toMatch(/not valid JSON/);
  }, 20_000);

  it('warns about a field the format does not have, and fails on it with --strict', () => {
    const data = clone(smallDataset()) as unknown as { meetings: Record<string, unknown>[] };
    data.meetings[1]!.note = 'a typo for notes';
    const lenient = check(JSON.stringify(data));
    expect(lenient.code).toBe(0);
    const strict = check(JSON.stringify(data), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.output).toContain(
      'meetings[1].note is not a field of the format (did you mean "notes"?); it is ignored',
    );
    expect(strict.output).toMatch(/1 unknown field/);
  }, 20_000);

  it('accepts a UTF-8 byte order mark', () => {
    const { code } = check(`\uFEFF${JSON.stringify(smallDataset())}`);
    expect(code).toBe(0);
  }, 20_000);

  it('says which field is missing in plain words', () => {
    const data = clone(smallDataset()) as unknown as { meetings: Record<string, unknown>[] };
    delete data.meetings[2]!.title;
    const { code, output } = check(JSON.stringify(data));
    expect(code).toBe(1);
    expect(output).toContain('meetings[2].title is required');
    expect(output).not.toContain('Invalid key');
  }, 20_000);

  it('refuses a file nested thousands of levels deep, with a clear message', () => {
    // Written by hand: JSON.stringify itself cannot go this deep.
    const deep = `${'{"deeper":'.repeat(5000)}"bottom"${'}'.repeat(5000)}`;
    const { code, output } = check(
      JSON.stringify(smallDataset()).replace(/}$/, `,"extra":${deep}}`),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/extra(\.deeper)+ is nested more than 32 levels deep/);
  }, 20_000);
});
