import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Dataset, unknownFields, validateDataset } from '../../src/data/schema.ts';
import { clone, readJson, smallDataset } from '../helpers.ts';

type Convention = NonNullable<Dataset['convention']>;

function withConvention(): Dataset & { convention: Convention } {
  return readJson('tests/fixtures/convention.json');
}

/** The problems of the convention fixture after `mutate`, as "path: message". */
function problemsOf(mutate: (convention: Convention) => void): string[] {
  const data = clone(withConvention());
  mutate(data.convention);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const participant = (c: Convention, code: string) => {
  const found = c.participants.find((p) => p.code === code);
  if (!found) throw new Error(`no participant ${code} in the fixture`);
  return found;
};

describe('the convention part of the dataset', () => {
  it('is optional: a version 1 file without it is still valid, and keeps no convention', () => {
    const result = validateDataset(smallDataset());
    expect(result.ok && result.data.convention).toBe(undefined);
  });

  it('accepts the fixture, keeps the part through validation, and knows all its fields', () => {
    const result = validateDataset(withConvention());
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.convention?.participants).toHaveLength(6);
    expect(unknownFields(withConvention())).toEqual([]);
  });

  it('rejects days that do not exist, wherever they are', () => {
    const problems = problemsOf((c) => {
      c.asOf = '2026-02-30';
      participant(c, 'PL').signature!.date = '25 Oct 2025';
      c.milestones[1]!.endDate = '2022-13-01';
    });
    expect(problems).toContain('convention.asOf: must be a real calendar day as YYYY-MM-DD');
    expect(problems).toContain(
      'convention.participants[0].signature.date: must be a real calendar day as YYYY-MM-DD',
    );
    expect(problems).toContain(
      'convention.milestones[1].endDate: must be a real calendar day as YYYY-MM-DD',
    );
  });

  it('accepts ISO codes and "EU", and nothing else', () => {
    const problems = problemsOf((c) => {
      participant(c, 'PL').code = 'XX';
      participant(c, 'FJ').code = 'eu';
    });
    const message = 'must be an ISO 3166-1 alpha-2 code, or "EU" for the European Union';
    expect(problems).toContain(`convention.participants[0].code: ${message}`);
    expect(problems).toContain(`convention.participants[3].code: ${message}`);
    expect(problems.some((p) => p.startsWith('convention.participants[1].code'))).toBe(false);
  });

  it('rejects a participant listed twice', () => {
    const problems = problemsOf((c) => {
      c.participants.push(clone(participant(c, 'PL')));
    });
    expect(problems).toContain(
      'convention.participants[6].code: duplicate code "PL" (first used at convention.participants[0])',
    );
  });

  it('needs a source for every signature, instrument, milestone and the totals', () => {
    const problems = problemsOf((c) => {
      participant(c, 'PL').signature!.sources = [];
      participant(c, 'MT').action!.sources = [];
      c.milestones[0]!.sources = [];
      c.totals.sources = [];
    });
    for (const path of [
      'convention.participants[0].signature.sources',
      'convention.participants[4].action.sources',
      'convention.milestones[0].sources',
      'convention.totals.sources',
    ]) {
      expect(problems).toContain(`${path}: needs at least one source`);
    }
  });

  it('accepts only http(s) sources', () => {
    const problems = problemsOf((c) => {
      participant(c, 'SG').signature!.sources[0]!.url = 'javascript:alert(1)';
    });
    expect(problems).toEqual([
      'convention.participants[2].signature.sources[0].url: must be an http(s) URL',
    ]);
  });

  it('needs a signature or an instrument for each participant', () => {
    const problems = problemsOf((c) => {
      delete participant(c, 'FJ').signature;
    });
    expect(problems).toEqual(['convention.participants[3]: needs a signature or an action']);
  });

  it('rejects a ratification before the signature, but not an accession without one', () => {
    const problems = problemsOf((c) => {
      participant(c, 'MT').action!.date = '2025-10-24';
    });
    expect(problems).toEqual([
      'convention.participants[4].action.date: a ratification must not be before the signature',
    ]);
    // Monaco's accession has no signature at all, and is valid as it is.
    expect(
      problemsOf((c) => {
        participant(c, 'MC').action!.type = 'ratification';
      }),
    ).toEqual([
      'convention.participants[5].action.type: a ratification needs a signature first; only accession does not',
    ]);
  });

  it('compares a window of days by its last day against the signature', () => {
    const problems = problemsOf((c) => {
      const action = participant(c, 'MT').action!;
      action.date = '2025-10-20';
      action.endDate = '2025-10-30';
      action.dateCertainty = 'day-unknown';
    });
    expect(problems).toEqual([]);
  });

  it('rejects ranges that end before they start, and ends without a start', () => {
    const problems = problemsOf((c) => {
      c.milestones[1]!.endDate = '2022-02-01';
      participant(c, 'SG').signature!.endDate = '2025-10-24';
      delete c.milestones[0]!.date;
      c.milestones[0]!.endDate = '2019-12-28';
    });
    expect(problems).toContain('convention.milestones[1].endDate: must not be before date');
    expect(problems).toContain(
      'convention.participants[2].signature.endDate: must not be before date',
    );
    expect(problems).toContain('convention.milestones[0].endDate: needs a date to end after');
  });

  it('says how sure a date is, and that one act happens on one day', () => {
    const problems = problemsOf((c) => {
      delete participant(c, 'PL').signature!.dateCertainty;
      participant(c, 'FJ').signature!.dateCertainty = 'inferred';
      participant(c, 'SG').signature!.dateCertainty = 'exact';
      delete c.milestones[1]!.endDate;
      c.milestones[1]!.dateCertainty = 'day-unknown';
    });
    expect(problems).toContain(
      'convention.participants[0].signature.dateCertainty: is required when there is a date',
    );
    expect(problems).toContain(
      'convention.participants[3].signature.dateCertainty: has no date to describe',
    );
    expect(problems).toContain(
      'convention.participants[2].signature.dateCertainty: must be "day-unknown" when there is an endDate: a signature or an instrument happens on one day',
    );
    expect(problems).toContain(
      'convention.milestones[1].endDate: is required for "day-unknown": the days it lies between',
    );
  });

  it('keeps report dates for reported facts, not before the fact, and not after asOf', () => {
    const problems = problemsOf((c) => {
      participant(c, 'PL').signature!.reportedOn = '2025-10-26';
      participant(c, 'SG').signature!.reportedOn = '2025-10-24';
      participant(c, 'SG').action!.reportedOn = '2026-06-01';
      participant(c, 'MT').action!.date = '2026-06-01';
    });
    expect(problems).toEqual([
      'convention.participants[0].signature.reportedOn: is only for certainty "reported"',
      'convention.participants[2].signature.reportedOn: must not be before the date it reports',
      'convention.participants[2].action.reportedOn: must not be after convention.asOf (2026-05-26)',
      'convention.participants[4].action.date: must not be after convention.asOf (2026-05-26)',
    ]);
  });

  it('dates every milestone that has happened or is scheduled, and only those', () => {
    const problems = problemsOf((c) => {
      delete c.milestones[0]!.date;
      delete c.milestones[0]!.dateCertainty;
      c.milestones[3]!.date = '2027-01-01';
      c.milestones[3]!.dateCertainty = 'inferred';
      c.milestones.push({ ...clone(c.milestones[1]!), kind: 'party' as 'other' });
    });
    expect(problems).toContain(
      'convention.milestones[0].date: is required unless status is "not-reached"',
    );
    expect(problems).toContain(
      'convention.milestones[3].status: "not-reached" has no date; use "scheduled" for a planned day',
    );
    expect(
      problems.some((p) => p.startsWith('convention.milestones[4].kind: must be one of')),
    ).toBe(true);
    expect(problems).toContain(
      'convention.milestones[4].id: duplicate id "first-session" (first used at convention.milestones[1])',
    );
  });

  it('wants whole, non-negative totals', () => {
    const problems = problemsOf((c) => {
      c.totals.signatories = 71.5;
      c.totals.ratificationsNeeded = -1;
    });
    expect(problems).toContain('convention.totals.signatories: must be a whole number');
    expect(problems).toContain('convention.totals.ratificationsNeeded: must not be negative');
  });

  it('warns about fields the convention part does not have', () => {
    const data = clone(withConvention()) as unknown as {
      convention: { participants: Record<string, unknown>[] };
    };
    data.convention.participants[0]!.note = 'a typo';
    expect(unknownFields(data)).toEqual([
      {
        path: 'convention.participants[0].note',
        message: 'is not a field of the format (did you mean "notes"?); it is ignored',
      },
    ]);
  });
});

describe('npm run data:check on the convention part', () => {
  it('reports broken participants and milestones with their JSON paths, and passes the fixture', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convention-check-'));
    const run = (data: unknown) => {
      const file = join(dir, 'data.json');
      writeFileSync(file, JSON.stringify(data));
      const out = spawnSync(
        join(process.cwd(), 'node_modules', '.bin', 'tsx'),
        ['scripts/cli/data-check.ts', file, '--strict'],
        { encoding: 'utf8' },
      );
      return { code: out.status ?? 1, output: `${out.stdout}${out.stderr}` };
    };
    const ok = run(withConvention());
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(/convention: 6 participants, 4 milestones/);

    const data = clone(withConvention());
    participant(data.convention, 'MT').action!.date = '2025-10-01';
    data.convention.milestones[1]!.endDate = '2022-01-01';
    const broken = run(data);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(
      'convention.participants[4].action.date: a ratification must not be before the signature',
    );
    expect(broken.output).toContain('convention.milestones[1].endDate: must not be before date');
  }, 20_000);
});
