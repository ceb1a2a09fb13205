import * as v from 'valibot';
import {
  DATE_CERTAINTIES,
  isIsoCountryCode,
  isRealIsoDay,
  MEETING_FORMATS,
  OUTCOME_TYPES,
  PARTNER_KINDS,
  PARTS_OF_DAY,
} from './codes.ts';

/**
 * The single source of truth for the dataset format (docs/dataset-format.md).
 * The data check, the build, the app and the tests all validate with
 * `validateDataset`, and every type the app uses for data is inferred here.
 */

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const text = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);
const isoDay = v.pipe(
  v.string(),
  v.check(isRealIsoDay, 'must be a real calendar day as YYYY-MM-DD'),
);
const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)'),
);
const countryCode = v.pipe(
  v.string(),
  v.check(isIsoCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as "PL"'),
);
const oneOf = <const T extends readonly string[]>(values: T) =>
  v.picklist(values, `must be one of: ${values.join(', ')}`);

export const topicSchema = v.object({ id: slug, label: text });

export const partnerSchema = v.object({
  id: slug,
  name: text,
  shortName: v.optional(text),
  kind: oneOf(PARTNER_KINDS),
  country: v.optional(countryCode),
});

export const personSchema = v.object({
  name: text,
  title: v.optional(text),
});

export const counterpartSchema = v.object({
  ...personSchema.entries,
  partner: v.optional(slug),
});

export const outcomeSchema = v.object({
  type: oneOf(OUTCOME_TYPES),
  text,
});

export const sourceSchema = v.object({
  url: v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL')),
  publisher: text,
  published: v.optional(isoDay),
  title: v.optional(text),
});

export const meetingSchema = v.object({
  id: slug,
  date: isoDay,
  dateCertainty: oneOf(DATE_CERTAINTIES),
  partOfDay: v.optional(oneOf(PARTS_OF_DAY)),
  title: text,
  format: oneOf(MEETING_FORMATS),
  city: text,
  venue: v.optional(text),
  hostCountry: countryCode,
  vietnamSide: v.array(personSchema),
  counterparts: v.array(counterpartSchema),
  partners: v.array(slug),
  topics: v.array(slug),
  outcomes: v.array(outcomeSchema),
  summary: text,
  notes: v.optional(text),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source')),
});

/** Optional: spans drawn as labelled background bands (e.g. ceremony days). */
export const periodSchema = v.object({ label: text, start: isoDay, end: isoDay });

export const datasetSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1 (the only version this app reads)'),
  title: text,
  updated: isoDay,
  periods: v.optional(v.array(periodSchema)),
  topics: v.array(topicSchema),
  partners: v.array(partnerSchema),
  meetings: v.array(meetingSchema),
});

export type Dataset = v.InferOutput<typeof datasetSchema>;
export type Meeting = Dataset['meetings'][number];
export type Partner = Dataset['partners'][number];
export type Topic = Dataset['topics'][number];
export type Period = v.InferOutput<typeof periodSchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type Counterpart = v.InferOutput<typeof counterpartSchema>;
export type Outcome = v.InferOutput<typeof outcomeSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export interface DatasetProblem {
  /** JSON path such as `meetings[12].partners[0]`; empty for the root. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function firstIndexes(ids: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!first.has(id)) first.set(id, index);
  });
  return first;
}

/** Rules across fields that a per-field schema cannot express. */
export function referenceProblems(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: (string | number)[], message: string) =>
    problems.push({ path: formatPath(path), message });

  for (const [key, list] of [
    ['topics', data.topics],
    ['partners', data.partners],
    ['meetings', data.meetings],
  ] as const) {
    const first = firstIndexes(list.map((item) => item.id));
    list.forEach((item, index) => {
      const at = first.get(item.id) as number;
      if (at !== index)
        add([key, index, 'id'], `duplicate id "${item.id}" (first used at ${key}[${at}])`);
    });
  }

  data.periods?.forEach((period, p) => {
    if (period.end < period.start) add(['periods', p, 'end'], 'end must not be before start');
  });

  const topicIds = new Set(data.topics.map((t) => t.id));
  const partnerIds = new Set(data.partners.map((p) => p.id));
  data.partners.forEach((partner, p) => {
    if (partner.kind === 'country' && !partner.country) {
      add(['partners', p, 'country'], 'a partner of kind "country" needs a country code');
    }
  });
  data.meetings.forEach((meeting, m) => {
    meeting.partners.forEach((id, i) => {
      if (!partnerIds.has(id)) add(['meetings', m, 'partners', i], `unknown partner "${id}"`);
    });
    meeting.topics.forEach((id, i) => {
      if (!topicIds.has(id)) add(['meetings', m, 'topics', i], `unknown topic "${id}"`);
    });
    meeting.counterparts.forEach((person, i) => {
      if (person.partner === undefined) return;
      if (!partnerIds.has(person.partner)) {
        add(['meetings', m, 'counterparts', i, 'partner'], `unknown partner "${person.partner}"`);
      } else if (!meeting.partners.includes(person.partner)) {
        add(
          ['meetings', m, 'counterparts', i, 'partner'],
          `partner "${person.partner}" is not listed in this meeting's partners`,
        );
      }
    });
  });
  return problems;
}

export type ValidationResult =
  | { ok: true; data: Dataset }
  | { ok: false; problems: DatasetProblem[] };

export function validateDataset(input: unknown): ValidationResult {
  const result = v.safeParse(datasetSchema, input);
  if (result.success) {
    const problems = referenceProblems(result.output);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, data: result.output };
  }
  const problems = result.issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PropertyKey)),
    message: issue.message,
  }));
  // Report broken references alongside shape problems when the lists are
  // there to compare; a file too damaged for that only gets the shape problems.
  try {
    const seen = new Set(problems.map((p) => p.path));
    for (const problem of referenceProblems(result.output as Dataset)) {
      if (!seen.has(problem.path)) problems.push(problem);
    }
  } catch {
    // not comparable; the shape problems say enough
  }
  return { ok: false, problems };
}
