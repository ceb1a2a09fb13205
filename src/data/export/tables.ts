/**
 * The dataset as flat tables: what the "Download" menu writes as CSV and what
 * the build publishes as the open data package. Each table declares its fields
 * once (name, type, meaning); the CSV header and the data package's Table
 * Schema are both read from that declaration.
 */
import { FORMAT_LABELS, OUTCOME_LABELS } from '../labels.ts';
import type { Dataset, Meeting, Partner, Topic } from '../schema.ts';
import type { Cell } from './csv.ts';

/** Table Schema field types the tables use. */
export type FieldType = 'string' | 'date' | 'integer';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Never empty. */
  required?: true;
}

export interface Table {
  /** File name without extension, and the data package's resource name. */
  name: string;
  title: string;
  fields: readonly Field[];
  rows: Cell[][];
}

/** Lists inside one cell: "; " reads well and rarely occurs inside a name. */
export const LIST_SEPARATOR = '; ';

export const field = (
  name: string,
  type: FieldType,
  description: string,
  required?: true,
): Field => (required ? { name, type, description, required } : { name, type, description });

export const joined = (values: readonly string[]): string | null =>
  values.length > 0 ? values.join(LIST_SEPARATOR) : null;

function person(p: { name: string; title?: string | undefined }): string {
  return p.title ? `${p.name} (${p.title})` : p.name;
}

export const MEETING_FIELDS: readonly Field[] = [
  field('id', 'string', 'Meeting id; its page is /meetings/<id>', true),
  field('date', 'date', 'Day of the meeting in Hanoi time (UTC+7)', true),
  field('date_certainty', 'string', '"exact" (a source states the day) or "inferred"', true),
  field('part_of_day', 'string', 'Morning, afternoon or evening, when known'),
  field('title', 'string', 'Title, in the dataset’s own words', true),
  field('format', 'string', 'Format: reception, talks, signing, banquet…', true),
  field('city', 'string', 'City where it took place', true),
  field('venue', 'string', 'Venue, when known'),
  field('host_country', 'string', 'ISO 3166-1 alpha-2 code of the country it took place in', true),
  field('partners', 'string', 'Partners met, by name, separated by "; "'),
  field('partner_ids', 'string', 'Partner ids, separated by "; " (see partners.csv)'),
  field('partner_countries', 'string', 'ISO codes of the partners’ countries, separated by "; "'),
  field('vietnam_side', 'string', 'Viet Nam’s side: "Name (title)", separated by "; "'),
  field('counterparts', 'string', 'The other side: "Name (title)", separated by "; "'),
  field('topics', 'string', 'Topics, by label, separated by "; "'),
  field('topic_ids', 'string', 'Topic ids, separated by "; "'),
  field('outcomes', 'string', 'Outcomes: "Kind: text", separated by "; "'),
  field('summary', 'string', 'Summary, in the dataset’s own words', true),
  field('notes', 'string', 'Where sources disagree or what is uncertain'),
  field('source_urls', 'string', 'Addresses of the reports it rests on, separated by "; "', true),
];

export interface TableContext {
  partnerById: ReadonlyMap<string, Partner>;
  topicById: ReadonlyMap<string, Topic>;
}

export function tableContext(data: Pick<Dataset, 'partners' | 'topics'>): TableContext {
  return {
    partnerById: new Map(data.partners.map((p) => [p.id, p])),
    topicById: new Map(data.topics.map((t) => [t.id, t])),
  };
}

/** One row per meeting, every list flattened into readable text. */
export function meetingRow(meeting: Meeting, { partnerById, topicById }: TableContext): Cell[] {
  const partners = meeting.partners.map((id) => partnerById.get(id));
  const countries = [...new Set(partners.flatMap((p) => (p?.country ? [p.country] : [])))].sort();
  return [
    meeting.id,
    meeting.date,
    meeting.dateCertainty,
    meeting.partOfDay ?? null,
    meeting.title,
    FORMAT_LABELS[meeting.format],
    meeting.city,
    meeting.venue ?? null,
    meeting.hostCountry,
    joined(partners.map((p, i) => p?.name ?? meeting.partners[i] ?? '')),
    joined(meeting.partners),
    joined(countries),
    joined(meeting.vietnamSide.map(person)),
    joined(meeting.counterparts.map(person)),
    joined(meeting.topics.map((id) => topicById.get(id)?.label ?? id)),
    joined(meeting.topics),
    joined(meeting.outcomes.map((o) => `${OUTCOME_LABELS[o.type]}: ${o.text}`)),
    meeting.summary,
    meeting.notes ?? null,
    joined(meeting.sources.map((s) => s.url)),
  ];
}

export function meetingsTable(meetings: readonly Meeting[], context: TableContext): Table {
  return {
    name: 'meetings',
    title: 'Meetings',
    fields: MEETING_FIELDS,
    rows: meetings.map((m) => meetingRow(m, context)),
  };
}
