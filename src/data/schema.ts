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
