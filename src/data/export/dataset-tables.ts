/**
 * The data package's tables (written by the build, never by the page): the
 * meetings, then one row per partner, person, outcome and source (keyed by
 * meeting id), and the convention's participants and milestones when the
 * dataset has them.
 */
import type { Lang } from '../../i18n/translate.ts';
import { KIND_LABELS } from '../labels.ts';
import { countryName } from '../localize.ts';
import type { Dataset } from '../schema.ts';
import type { Cell } from './csv.ts';
import { field, joined, meetingsTable, type Table, tableContext } from './tables.ts';

/** The tables of the open data package, in English (`lang` says the kinds). */
export function datasetTables(data: Dataset, lang: Lang): Table[] {
  const context = tableContext(data);
  const tables: Table[] = [
    meetingsTable(data.meetings, context),
    {
      name: 'partners',
      title: 'Partners',
      fields: [
        field('id', 'string', 'Partner id', true),
        field('name', 'string', 'Full name', true),
        field('short_name', 'string', 'Short name, when there is one'),
        field('kind', 'string', 'Country, Organisation or Company', true),
        field('country', 'string', 'ISO code of its country (a company’s home country)'),
        field('country_name', 'string', 'Name of that country'),
      ],
      rows: data.partners.map((p) => [
        p.id,
        p.name,
        p.shortName ?? null,
        lang.t(KIND_LABELS[p.kind]),
        p.country ?? null,
        p.country ? countryName(p.country, 'en') : null,
      ]),
    },
    {
      name: 'people',
      title: 'People at each meeting',
      fields: [
        field('meeting_id', 'string', 'Meeting id (meetings.csv)', true),
        field('side', 'string', '"viet-nam" or "counterpart"', true),
        field('name', 'string', 'Name', true),
        field('title', 'string', 'Title or office at the time'),
        field('partner_id', 'string', 'For a counterpart: the partner they represent'),
      ],
      rows: data.meetings.flatMap((m) => [
        ...m.vietnamSide.map((p): Cell[] => [m.id, 'viet-nam', p.name, p.title ?? null, null]),
        ...m.counterparts.map((p): Cell[] => [
          m.id,
          'counterpart',
          p.name,
          p.title ?? null,
          p.partner ?? null,
        ]),
      ]),
    },
    {
      name: 'outcomes',
      title: 'Outcomes of each meeting',
      fields: [
        field('meeting_id', 'string', 'Meeting id (meetings.csv)', true),
        field('type', 'string', 'agreement-signed, agreement-planned or commitment', true),
        field('text', 'string', 'What was agreed, in the dataset’s own words', true),
      ],
      rows: data.meetings.flatMap((m) => m.outcomes.map((o): Cell[] => [m.id, o.type, o.text])),
    },
    {
      name: 'sources',
      title: 'Sources of each meeting',
      fields: [
        field('meeting_id', 'string', 'Meeting id (meetings.csv)', true),
        field('url', 'string', 'Address of the report', true),
        field('publisher', 'string', 'Who published it', true),
        field('published', 'date', 'Day it was published, when known'),
        field('title', 'string', 'Its title, when recorded'),
      ],
      rows: data.meetings.flatMap((m) =>
        m.sources.map((s): Cell[] => [
          m.id,
          s.url,
          s.publisher,
          s.published ?? null,
          s.title ?? null,
        ]),
      ),
    },
  ];
  const convention = data.convention;
  if (convention) {
    const urls = (sources: readonly { url: string }[] | undefined) =>
      joined((sources ?? []).map((s) => s.url));
    tables.push(
      {
        name: 'participants',
        title: `Convention participants, as of ${convention.asOf}`,
        fields: [
          field('code', 'string', 'ISO 3166-1 alpha-2 code, or EU', true),
          field('name', 'string', 'Name', true),
          field('signature_date', 'date', 'Day of signature, or the first day it may have been'),
          field(
            'signature_end_date',
            'date',
            'Last day it may have been, when only a span is known',
          ),
          field(
            'signature_date_certainty',
            'string',
            'How sure the day is (exact, day-unknown, inferred…)',
          ),
          field('signature_place', 'string', 'Where it signed (hanoi, new-york)'),
          field('signature_certainty', 'string', '"recorded" by the depositary or only "reported"'),
          field('signature_reported_on', 'date', 'For a reported signature: the day of the report'),
          field('signature_notes', 'string', 'Notes on the signature'),
          field('signature_sources', 'string', 'Sources of the signature, separated by "; "'),
          field('action_type', 'string', 'Ratification, acceptance, approval or accession'),
          field('action_date', 'date', 'Day of that action, or the first day it may have been'),
          field('action_end_date', 'date', 'Last day it may have been, when only a span is known'),
          field('action_date_certainty', 'string', 'How sure the day is'),
          field('action_certainty', 'string', '"recorded" by the depositary or only "reported"'),
          field('action_reported_on', 'date', 'For a reported action: the day of the report'),
          field('action_notes', 'string', 'Notes on the action'),
          field('action_sources', 'string', 'Sources of the action, separated by "; "'),
          field('notes', 'string', 'Notes on the participant'),
          field('sources', 'string', 'Sources of those notes, separated by "; "'),
        ],
        rows: convention.participants.map((p) => [
          p.code,
          p.name,
          p.signature?.date ?? null,
          p.signature?.endDate ?? null,
          p.signature?.dateCertainty ?? null,
          p.signature?.place ?? null,
          p.signature?.certainty ?? null,
          p.signature?.reportedOn ?? null,
          p.signature?.notes ?? null,
          urls(p.signature?.sources),
          p.action?.type ?? null,
          p.action?.date ?? null,
          p.action?.endDate ?? null,
          p.action?.dateCertainty ?? null,
          p.action?.certainty ?? null,
          p.action?.reportedOn ?? null,
          p.action?.notes ?? null,
          urls(p.action?.sources),
          p.notes ?? null,
          urls(p.sources),
        ]),
      },
      {
        name: 'milestones',
        title: 'The convention’s milestones',
        fields: [
          field('id', 'string', 'Milestone id', true),
          field('kind', 'string', 'Negotiation session, adoption, signature period…', true),
          field('label', 'string', 'What happened', true),
          field('date', 'date', 'Day, or first day of its span'),
          field('end_date', 'date', 'Last day of its span'),
          field('date_certainty', 'string', 'How sure the day is (exact, day-unknown, inferred…)'),
          field('status', 'string', 'Whether it took place or is scheduled'),
          field('place', 'string', 'Where'),
          field('notes', 'string', 'Notes'),
          field('sources', 'string', 'Sources, separated by "; "', true),
        ],
        rows: convention.milestones.map((m) => [
          m.id,
          m.kind,
          m.label,
          m.date ?? null,
          m.endDate ?? null,
          m.dateCertainty ?? null,
          m.status ?? null,
          m.place ?? null,
          m.notes ?? null,
          urls(m.sources),
        ]),
      },
    );
  }
  return tables;
}
