import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clone, smallDataset } from '../helpers.ts';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function check(content: string): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, content);
  try {
    const output = execFileSync(tsx, ['scripts/cli/data-check.ts', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
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
});
