import { z } from 'zod';
import {
  DATE_CERTAINTIES,
  isIsoCountryCode,
  isRealIsoDay,
  MEETING_FORMATS,
  OUTCOME_TYPES,
  PARTNER_KINDS,
  PARTS_OF_DAY,
} from './codes.ts';

export {
  DATE_CERTAINTIES,
  isIsoCountryCode,
  isRealIsoDay,
  MEETING_FORMATS,
  OUTCOME_TYPES,
  PARTNER_KINDS,
  PARTS_OF_DAY,
};

/**
 * The single source of truth for the dataset format (DESIGN.md section 3).
 * The data check, the app and the tests all validate with `datasetSchema`,
 * and every type the app uses for data is inferred from it.
 */

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const text = z.string().trim().min(1, 'must not be empty');
const isoDay = z.string().refine(isRealIsoDay, 'must be a real calendar day as YYYY-MM-DD');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)');
const countryCode = z
  .string()
  .refine(isIsoCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as "PL"');

export const topicSchema = z.object({ id: slug, label: text });

export const partnerSchema = z.object({
  id: slug,
  name: text,
  shortName: text.optional(),
  kind: z.enum(PARTNER_KINDS),
  country: countryCode.optional(),
});

export const personSchema = z.object({
  name: text,
  title: text.optional(),
});

export const counterpartSchema = personSchema.extend({
  partner: slug.optional(),
});

export const outcomeSchema = z.object({
  type: z.enum(OUTCOME_TYPES),
  text,
});

export const sourceSchema = z.object({
  url: z.string().refine(isHttpUrl, 'must be an http(s) URL'),
  publisher: text,
  published: isoDay.optional(),
  title: text.optional(),
});

export const meetingSchema = z.object({
  id: slug,
  date: isoDay,
  dateCertainty: z.enum(DATE_CERTAINTIES),
  partOfDay: z.enum(PARTS_OF_DAY).optional(),
  title: text,
  format: z.enum(MEETING_FORMATS),
  city: text,
  venue: text.optional(),
  hostCountry: countryCode,
  vietnamSide: z.array(personSchema),
  counterparts: z.array(counterpartSchema),
  partners: z.array(slug),
  topics: z.array(slug),
  outcomes: z.array(outcomeSchema),
  summary: text,
  notes: text.optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

/** Optional: spans drawn as labelled background bands (e.g. ceremony days). */
export const periodSchema = z
  .object({ label: text, start: isoDay, end: isoDay })
  .refine((p) => p.start <= p.end, { message: 'end must not be before start', path: ['end'] });

const datasetShape = z.object({
  schemaVersion: z.literal(1),
  title: text,
  updated: isoDay,
  periods: z.array(periodSchema).optional(),
  topics: z.array(topicSchema),
  partners: z.array(partnerSchema),
  meetings: z.array(meetingSchema),
});

type DatasetShape = z.infer<typeof datasetShape>;

function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => {
    seen.set(id, [...(seen.get(id) ?? []), index]);
  });
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** Cross-reference rules that a per-field schema cannot express. */
function checkReferences(data: DatasetShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  for (const [key, list] of [
    ['topics', data.topics],
    ['partners', data.partners],
    ['meetings', data.meetings],
  ] as const) {
    for (const [id, at] of duplicates(list.map((item) => item.id))) {
      for (const index of at.slice(1)) {
        issue([key, index, 'id'], `duplicate id "${id}" (first used at ${key}[${at[0]}])`);
      }
    }
  }

  const topicIds = new Set(data.topics.map((t) => t.id));
  const partnerIds = new Set(data.partners.map((p) => p.id));
  data.partners.forEach((partner, p) => {
    if (partner.kind === 'country' && !partner.country) {
      issue(['partners', p, 'country'], 'a partner of kind "country" needs a country code');
    }
  });
  data.meetings.forEach((meeting, m) => {
    meeting.partners.forEach((id, i) => {
      if (!partnerIds.has(id)) issue(['meetings', m, 'partners', i], `unknown partner "${id}"`);
    });
    meeting.topics.forEach((id, i) => {
      if (!topicIds.has(id)) issue(['meetings', m, 'topics', i], `unknown topic "${id}"`);
    });
    meeting.counterparts.forEach((person, i) => {
      if (person.partner === undefined) return;
      if (!partnerIds.has(person.partner)) {
        issue(['meetings', m, 'counterparts', i, 'partner'], `unknown partner "${person.partner}"`);
      } else if (!meeting.partners.includes(person.partner)) {
        issue(
          ['meetings', m, 'counterparts', i, 'partner'],
          `partner "${person.partner}" is not listed in this meeting's partners`,
        );
      }
    });
  });
}

export const datasetSchema = datasetShape.superRefine(checkReferences);

export type Dataset = z.infer<typeof datasetSchema>;
export type Meeting = Dataset['meetings'][number];
export type Partner = Dataset['partners'][number];
export type Topic = Dataset['topics'][number];
export type Period = z.infer<typeof periodSchema>;
export type Person = z.infer<typeof personSchema>;
export type Counterpart = z.infer<typeof counterpartSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Source = z.infer<typeof sourceSchema>;
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

export type ValidationResult =
  | { ok: true; data: Dataset }
  | { ok: false; problems: DatasetProblem[] };

export function validateDataset(input: unknown): ValidationResult {
  const result = datasetSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
