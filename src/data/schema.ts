import * as v from 'valibot';
import {
  CONVENTION_ACTION_TYPES,
  CONVENTION_CERTAINTIES,
  CONVENTION_DATE_CERTAINTIES,
  DATE_CERTAINTIES,
  isIsoCountryCode,
  isParticipantCode,
  isRealIsoDay,
  MEETING_FORMATS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  OUTCOME_TYPES,
  PARTNER_KINDS,
  PARTS_OF_DAY,
  SIGNATURE_PLACES,
} from './codes.ts';
import { type DatasetProblem, formatPath } from './problems.ts';

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

/**
 * Optional translations of an object's human-readable fields, by language tag:
 * `"translations": { "vi": { "title": "…" } }`. English, in the fields
 * themselves, stays required; each translated field is optional on its own.
 */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
function translations<const E extends v.ObjectEntries>(entries: E) {
  return v.optional(
    v.record(
      v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag such as "vi"')),
      v.strictObject(entries),
    ),
  );
}
const optionalText = v.optional(text);

export const topicSchema = v.object({
  id: slug,
  label: text,
  translations: translations({ label: optionalText }),
});

export const partnerSchema = v.object({
  id: slug,
  name: text,
  shortName: v.optional(text),
  kind: oneOf(PARTNER_KINDS),
  country: v.optional(countryCode),
  translations: translations({ name: optionalText, shortName: optionalText }),
});

export const personSchema = v.object({
  name: text,
  title: v.optional(text),
  translations: translations({ title: optionalText }),
});

export const counterpartSchema = v.object({
  ...personSchema.entries,
  partner: v.optional(slug),
});

export const outcomeSchema = v.object({
  type: oneOf(OUTCOME_TYPES),
  text,
  translations: translations({ text: optionalText }),
});

const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL'));

export const sourceSchema = v.object({
  url: httpUrl,
  publisher: text,
  published: v.optional(isoDay),
  title: v.optional(text),
});
const sources = v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source'));

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
  sources,
  translations: translations({
    title: optionalText,
    summary: optionalText,
    notes: optionalText,
    city: optionalText,
    venue: optionalText,
  }),
});

/** Optional: spans drawn as labelled background bands (e.g. ceremony days). */
export const periodSchema = v.object({
  label: text,
  start: isoDay,
  end: isoDay,
  translations: translations({ label: optionalText }),
});

const count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);

/**
 * A day, or a span of days, with how sure it is; the cross-field rules
 * (`conventionProblems`) say which combinations make sense.
 */
const dated = {
  date: v.optional(isoDay),
  endDate: v.optional(isoDay),
  dateCertainty: v.optional(oneOf(CONVENTION_DATE_CERTAINTIES)),
};

/** How sure a signature or an instrument is: recorded by the depositary, or only reported. */
const attested = {
  certainty: oneOf(CONVENTION_CERTAINTIES),
  /** For `reported`: the day of the report it rests on. */
  reportedOn: v.optional(isoDay),
  notes: v.optional(text),
  sources,
  translations: translations({ notes: optionalText }),
};

export const signatureSchema = v.object({
  ...dated,
  place: oneOf(SIGNATURE_PLACES),
  ...attested,
});

/** Ratification, acceptance, approval or accession. */
export const conventionActionSchema = v.object({
  type: oneOf(CONVENTION_ACTION_TYPES),
  ...dated,
  ...attested,
});

export const participantSchema = v.object({
  code: v.pipe(
    v.string(),
    v.check(
      isParticipantCode,
      'must be an ISO 3166-1 alpha-2 code, or "EU" for the European Union',
    ),
  ),
  name: text,
  signature: v.optional(signatureSchema),
  action: v.optional(conventionActionSchema),
  notes: v.optional(text),
  /** Sources for the notes; the signature and the action carry their own. */
  sources: v.optional(sources),
  translations: translations({ name: optionalText, notes: optionalText }),
});

export const milestoneSchema = v.object({
  id: slug,
  kind: oneOf(MILESTONE_KINDS),
  label: text,
  ...dated,
  status: v.optional(oneOf(MILESTONE_STATUSES)),
  place: v.optional(text),
  notes: v.optional(text),
  sources,
  translations: translations({ label: optionalText, place: optionalText, notes: optionalText }),
});

/** What the depositary states, so the app can say how much of it the dataset identifies. */
export const conventionTotalsSchema = v.object({
  signatories: count,
  /** The day the depositary's count is as at. */
  signatoriesAsOf: v.optional(isoDay),
  /** Instruments needed for entry into force. */
  ratificationsNeeded: count,
  notes: v.optional(text),
  sources,
  translations: translations({ notes: optionalText }),
});

/** Optional: who signed and ratified the convention, and the road to it. */
export const conventionSchema = v.object({
  /** The status reflects what was known on this day. */
  asOf: isoDay,
  totals: conventionTotalsSchema,
  participants: v.array(participantSchema),
  milestones: v.array(milestoneSchema),
});

/** The terms the dataset may be reused on; `name` is an SPDX id such as "CC-BY-4.0". */
export const licenseSchema = v.object({
  name: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX licence id such as "CC-BY-4.0"'),
  ),
  title: text,
  url: httpUrl,
});

export const datasetSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1 (the only version this app reads)'),
  title: text,
  translations: translations({ title: optionalText }),
  /** The dataset's own version (semantic versioning), cited with `updated`. */
  version: v.optional(
    v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as "1.2.0"')),
  ),
  updated: isoDay,
  license: v.optional(licenseSchema),
  periods: v.optional(v.array(periodSchema)),
  topics: v.array(topicSchema),
  partners: v.array(partnerSchema),
  meetings: v.array(meetingSchema),
  convention: v.optional(conventionSchema),
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
export type Convention = v.InferOutput<typeof conventionSchema>;
export type ConventionTotals = v.InferOutput<typeof conventionTotalsSchema>;
export type Participant = v.InferOutput<typeof participantSchema>;
export type Signature = v.InferOutput<typeof signatureSchema>;
export type ConventionAction = v.InferOutput<typeof conventionActionSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type License = v.InferOutput<typeof licenseSchema>;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** Limits that keep a hostile or broken file from exhausting the page. */
export const DATASET_LIMITS = {
  /** The file's size; 100,000 meetings take about 70 MiB. */
  bytes: 256 * 1024 * 1024,
  /** How deep objects and arrays may nest; the format itself needs 5. */
  depth: 32,
} as const;

/**
 * Reads a dataset file's text: a UTF-8 byte order mark is accepted (editors on
 * Windows add one), the size and nesting are capped, and every failure is one
 * problem saying what is wrong in words.
 */
export function parseDatasetText(
  text: string,
): { ok: true; json: unknown } | { ok: false; problems: DatasetProblem[] } {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('', `is not valid JSON (${(error as Error).message})`);
  }
  const deep = tooDeep(json, DATASET_LIMITS.depth);
  if (deep)
    return fail(formatPath(deep), `is nested more than ${DATASET_LIMITS.depth} levels deep`);
  return { ok: true, json };
}

/** A file too large to read, in words; null when it fits. */
export function sizeProblem(bytes: number): DatasetProblem | null {
  if (bytes <= DATASET_LIMITS.bytes) return null;
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  return {
    path: '',
    message: `is ${mib(bytes)}; the explorer reads files of at most ${mib(DATASET_LIMITS.bytes)}`,
  };
}

function fail(path: string, message: string) {
  return { ok: false as const, problems: [{ path, message }] };
}

/**
 * The path to the first value nested deeper than `limit`, or null. Recursive,
 * but never more than `limit` calls deep, so hostile nesting cannot overflow
 * the stack; allocates nothing unless it finds something.
 */
function tooDeep(value: unknown, limit: number, depth = 0): (string | number)[] | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= limit) return [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Most values are strings and numbers: skip the call for them.
      if (typeof item !== 'object' || item === null) continue;
      const below = tooDeep(item, limit, depth + 1);
      if (below) return [i, ...below];
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item !== 'object' || item === null) continue;
      const below = tooDeep(item, limit, depth + 1);
      if (below) return [key, ...below];
    }
  }
  return null;
}

/** The parts of a valibot schema the unknown-field walk looks into. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

/**
 * Fields the format does not have (a typo such as `note` for `notes` would
 * otherwise be dropped without a word). Warnings: the app ignores such fields,
 * `npm run data:check --strict` (what `npm test` runs) fails on them.
 */
export function unknownFields(input: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const walk = (node: SchemaNode, value: unknown, path: (string | number)[]) => {
    if (node.type === 'optional' && node.wrapped) {
      walk(node.wrapped, value, path);
    } else if (node.type === 'array' && node.item && Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(node.item, item, [...path, i]);
    } else if (node.type === 'object' && node.entries && isRecord(value)) {
      const known = Object.keys(node.entries);
      for (const [key, item] of Object.entries(value)) {
        const entry = node.entries[key];
        if (entry) walk(entry, item, [...path, key]);
        else
          problems.push({
            path: formatPath([...path, key]),
            message: unknownFieldMessage(key, known),
          });
      }
    }
  };
  walk(datasetSchema as unknown as SchemaNode, input, []);
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  let close: string | undefined;
  let best = 3; // at most two edits away
  for (const candidate of known) {
    const distance = editDistance(candidate.toLowerCase(), key.toLowerCase());
    if (distance < best) [close, best] = [candidate, distance];
  }
  return `is not a field of the format${close ? ` (did you mean "${close}"?)` : ''}; it is ignored`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
  if (data.convention) conventionProblems(data.convention, add);
  return problems;
}

type Add = (path: (string | number)[], message: string) => void;

/** Date rules shared by signatures, instruments and milestones. */
function datedProblems(
  item: { date?: string; endDate?: string; dateCertainty?: string },
  at: (string | number)[],
  add: Add,
  oneDay: boolean,
) {
  const { date, endDate, dateCertainty } = item;
  if (endDate !== undefined && date === undefined)
    add([...at, 'endDate'], 'needs a date to end after');
  if (date !== undefined && endDate !== undefined && endDate < date)
    add([...at, 'endDate'], 'must not be before date');
  if (date !== undefined && dateCertainty === undefined)
    add([...at, 'dateCertainty'], 'is required when there is a date');
  if (date === undefined && dateCertainty !== undefined)
    add([...at, 'dateCertainty'], 'has no date to describe');
  if (dateCertainty === 'day-unknown' && endDate === undefined)
    add([...at, 'endDate'], 'is required for "day-unknown": the days it lies between');
  if (oneDay && endDate !== undefined && dateCertainty !== 'day-unknown')
    add(
      [...at, 'dateCertainty'],
      'must be "day-unknown" when there is an endDate: a signature or an instrument happens on one day',
    );
}

function attestedProblems(
  item: { certainty: string; reportedOn?: string; date?: string },
  at: (string | number)[],
  asOf: string,
  add: Add,
) {
  if (item.reportedOn !== undefined && item.certainty !== 'reported')
    add([...at, 'reportedOn'], 'is only for certainty "reported"');
  if (item.reportedOn !== undefined && item.date !== undefined && item.reportedOn < item.date)
    add([...at, 'reportedOn'], 'must not be before the date it reports');
  if (item.date !== undefined && item.date > asOf)
    add([...at, 'date'], `must not be after convention.asOf (${asOf})`);
  if (item.reportedOn !== undefined && item.reportedOn > asOf)
    add([...at, 'reportedOn'], `must not be after convention.asOf (${asOf})`);
}

function conventionProblems(convention: Convention, add: Add) {
  const { asOf } = convention;
  const codes = firstIndexes(convention.participants.map((p) => p.code));
  convention.participants.forEach((participant, p) => {
    const at = ['convention', 'participants', p];
    const first = codes.get(participant.code) as number;
    if (first !== p)
      add(
        [...at, 'code'],
        `duplicate code "${participant.code}" (first used at convention.participants[${first}])`,
      );
    const { signature, action } = participant;
    if (!signature && !action) add(at, 'needs a signature or an action');
    if (signature) {
      datedProblems(signature, [...at, 'signature'], add, true);
      attestedProblems(signature, [...at, 'signature'], asOf, add);
    }
    if (!action) return;
    datedProblems(action, [...at, 'action'], add, true);
    attestedProblems(action, [...at, 'action'], asOf, add);
    if (action.type === 'accession') return;
    if (!signature) {
      add(
        [...at, 'action', 'type'],
        `a ${action.type} needs a signature first; only accession does not`,
      );
    } else if (
      action.date !== undefined &&
      signature.date !== undefined &&
      (action.endDate ?? action.date) < signature.date
    ) {
      add([...at, 'action', 'date'], `a ${action.type} must not be before the signature`);
    }
  });

  const ids = firstIndexes(convention.milestones.map((m) => m.id));
  convention.milestones.forEach((milestone, m) => {
    const at = ['convention', 'milestones', m];
    const first = ids.get(milestone.id) as number;
    if (first !== m)
      add(
        [...at, 'id'],
        `duplicate id "${milestone.id}" (first used at convention.milestones[${first}])`,
      );
    datedProblems(milestone, at, add, false);
    if (milestone.date === undefined && milestone.status !== 'not-reached')
      add([...at, 'date'], 'is required unless status is "not-reached"');
    if (milestone.date !== undefined && milestone.status === 'not-reached')
      add([...at, 'status'], '"not-reached" has no date; use "scheduled" for a planned day');
  });
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
    // valibot says `Invalid key: Expected "title" but received undefined`.
    message:
      issue.type === 'object' && issue.received === 'undefined' && issue.expected?.startsWith('"')
        ? 'is required'
        : issue.message,
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
