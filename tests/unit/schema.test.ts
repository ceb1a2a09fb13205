import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/schema.ts';
import { clone, smallDataset } from '../helpers.ts';

function problemsOf(mutate: (data: ReturnType<typeof smallDataset>) => void): string[] {
  const data = clone(smallDataset());
  mutate(data);
  const result = validateDataset(data);
  if (result.ok) return [];
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('dataset schema', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(smallDataset()).ok).toBe(true);
  });

  it('names an unknown partner reference with its JSON path', () => {
    const problems = problemsOf((d) => {
      d.meetings[0]!.partners[0] = 'polnd';
    });
    expect(problems).toContain('meetings[0].partners[0]: unknown partner "polnd"');
  });

  it('reports unknown topics and counterpart partners', () => {
    const problems = problemsOf((d) => {
      d.meetings[1]!.topics.push('nope');
      d.meetings[1]!.counterparts[0]!.partner = 'poland';
    });
    expect(problems).toContain('meetings[1].topics[1]: unknown topic "nope"');
    expect(problems).toContain(
      `meetings[1].counterparts[0].partner: partner "poland" is not listed in this meeting's partners`,
    );
  });

  it('rejects duplicate ids', () => {
    const problems = problemsOf((d) => {
      d.meetings[2]!.id = d.meetings[0]!.id;
      d.partners.push({ ...d.partners[0]! });
    });
    expect(problems).toContain(
      'meetings[2].id: duplicate id "2025-10-27-poland-talks" (first used at meetings[0])',
    );
    expect(problems).toContain('partners[4].id: duplicate id "poland" (first used at partners[0])');
  });

  it('rejects days that do not exist and non-ISO dates', () => {
    const problems = problemsOf((d) => {
      d.meetings[0]!.date = '2025-02-29';
      d.meetings[1]!.date = '25/10/2025';
    });
    expect(problems).toContain('meetings[0].date: must be a real calendar day as YYYY-MM-DD');
    expect(problems).toContain('meetings[1].date: must be a real calendar day as YYYY-MM-DD');
  });

  it('rejects country codes that are not ISO 3166-1 alpha-2', () => {
    const problems = problemsOf((d) => {
      d.partners[0]!.country = 'ZZ';
      d.meetings[0]!.hostCountry = 'vn';
    });
    expect(problems).toContain(
      'partners[0].country: must be an ISO 3166-1 alpha-2 country code such as "PL"',
    );
    expect(problems).toContain(
      'meetings[0].hostCountry: must be an ISO 3166-1 alpha-2 country code such as "PL"',
    );
  });

  it('accepts only http(s) source URLs', () => {
    const problems = problemsOf((d) => {
      d.meetings[0]!.sources[0]!.url = 'javascript:alert(1)';
      d.meetings[1]!.sources[0]!.url = 'ftp://example.org/x';
    });
    expect(problems).toContain('meetings[0].sources[0].url: must be an http(s) URL');
    expect(problems).toContain('meetings[1].sources[0].url: must be an http(s) URL');
  });

  it('rejects empty titles, blank summaries and meetings without sources', () => {
    const problems = problemsOf((d) => {
      d.meetings[0]!.title = '';
      d.meetings[1]!.summary = '   ';
      d.meetings[2]!.sources = [];
    });
    expect(problems).toContain('meetings[0].title: must not be empty');
    expect(problems).toContain('meetings[1].summary: must not be empty');
    expect(problems).toContain('meetings[2].sources: needs at least one source');
  });

  it('rejects unknown enum values and a wrong schema version', () => {
    const result = validateDataset({ ...smallDataset(), schemaVersion: 2 });
    expect(result.ok).toBe(false);
    const problems = problemsOf((d) => {
      (d.meetings[0] as { format: string }).format = 'party';
    });
    expect(problems.some((p) => p.startsWith('meetings[0].format:'))).toBe(true);
  });
});
