import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema.ts';

/** CITATION.cff repeats what the dataset says of itself; this keeps the two in step. */
describe('CITATION.cff', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  const data = JSON.parse(readFileSync('data/meetings.json', 'utf8')) as Dataset;
  const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, 'm').exec(cff)?.[1];

  it('names the dataset’s title, version, day and licence', () => {
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('title')).toBe(data.title);
    expect(field('version')).toBe(data.version);
    expect(field('date-released')).toBe(data.updated);
    expect(field('license')).toBe(data.license?.name);
  });
});
