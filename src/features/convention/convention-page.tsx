/**
 * The convention page (`/convention`): every participant the dataset names,
 * with its signature and ratification and how sure each is, and the
 * milestones from 2019 on, as two sortable tables with their sources. Loaded
 * only when the page is opened.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { isIsoCountryCode } from '../../data/codes.ts';
import { conventionCounts, standingOf } from '../../data/convention.ts';
import { formatDay, formatDaySpan } from '../../data/dates.ts';
import { STANDING_LABELS } from '../../data/labels.ts';
import { countryName, type LocalText, localText, optionalLocalText } from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Convention, Milestone, Participant, Source } from '../../data/schema.ts';
import { compareText } from '../../data/text.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { Lang, MessageKey } from '../../i18n/translate.ts';
import { Localized } from '../../ui/local-text.tsx';
import './convention-page.css';

type Dated = { date?: string; endDate?: string; dateCertainty?: string };

function when(fact: Dated, lang: Lang): string {
  if (!fact.date) return lang.t('convention.date-unknown');
  const span = formatDaySpan(fact.date, fact.endDate ?? fact.date, lang.tag);
  return fact.dateCertainty === 'day-unknown' ? lang.t('convention.one-day-in', { span }) : span;
}

const ACTION_LABELS: Record<NonNullable<Participant['action']>['type'], MessageKey> = {
  ratification: 'convention.action.ratification',
  acceptance: 'convention.action.acceptance',
  approval: 'convention.action.approval',
  accession: 'convention.action.accession',
};

const MILESTONE_KIND_LABELS: Record<Milestone['kind'], MessageKey> = {
  resolution: 'convention.milestone.resolution',
  'negotiation-session': 'convention.milestone.negotiation-session',
  consultation: 'convention.milestone.consultation',
  adoption: 'convention.milestone.adoption',
  outreach: 'convention.milestone.outreach',
  'signature-ceremony': 'convention.milestone.signature-ceremony',
  'signature-period': 'convention.milestone.signature-period',
  ratification: 'convention.milestone.ratification',
  meeting: 'convention.milestone.meeting',
  'entry-into-force': 'convention.milestone.entry-into-force',
  other: 'convention.milestone.other',
};

/**
 * A participant's name in the reader's language: the dataset's translation,
 * else, for a state, the browser's name for its ISO code, else the English.
 */
function participantName(participant: Participant, locale: Locale): LocalText {
  const name = localText(participant, 'name', locale);
  if (!name.fallback || !isIsoCountryCode(participant.code)) return name;
  const country = countryName(participant.code, locale);
  return country && country !== participant.code
    ? { text: country, lang: locale, fallback: false }
    : name;
}

function Certainty({ fact }: { fact: { certainty: string; reportedOn?: string } }) {
  const { t, tag } = useTranslator();
  return fact.certainty === 'reported' ? (
    <span className="certainty reported">
      {fact.reportedOn
        ? t('convention.reported-on', { day: formatDay(fact.reportedOn, tag) })
        : t('convention.reported')}
    </span>
  ) : (
    <span className="certainty recorded">{t('convention.recorded')}</span>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  const { tag } = useTranslator();
  return (
    <ul className="sources-inline">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
          {source.published ? `, ${formatDay(source.published, tag)}` : ''}
        </li>
      ))}
    </ul>
  );
}

type Direction = 'ascending' | 'descending';
interface Sort<K extends string> {
  key: K;
  direction: Direction;
}

/** A column header that sorts its table; says how it is sorted (aria-sort). */
function SortHeader<K extends string>({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: K;
  sort: Sort<K>;
  onSort: (next: Sort<K>) => void;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          onSort({
            key: column,
            direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
          })
        }
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** Undated facts sort last whichever way a column is sorted. */
function compareOptional(a: string | undefined, b: string | undefined, sign: number): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -sign : sign;
}

type ParticipantKey = 'name' | 'status' | 'signed' | 'ratified';
const STATUS_RANK = Object.fromEntries(
  Object.keys(STANDING_LABELS).map((status, index) => [status, index]),
) as Record<string, number>;

function sortParticipants(
  participants: readonly Participant[],
  sort: Sort<ParticipantKey>,
  lang: Lang,
): Participant[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const names = new Map(participants.map((p) => [p, participantName(p, lang.locale).text]));
  const byName = (a: Participant, b: Participant) =>
    compareText(lang.tag)(names.get(a) ?? a.name, names.get(b) ?? b.name);
  return [...participants].sort((a, b) => {
    let order = 0;
    if (sort.key === 'name') order = sign * byName(a, b);
    if (sort.key === 'status')
      order =
        sign *
        ((STATUS_RANK[standingOf(a).status] ?? 0) - (STATUS_RANK[standingOf(b).status] ?? 0));
    if (sort.key === 'signed') order = compareOptional(a.signature?.date, b.signature?.date, sign);
    if (sort.key === 'ratified') order = compareOptional(a.action?.date, b.action?.date, sign);
    return order || byName(a, b);
  });
}

function ParticipantsTable({ convention }: { convention: Convention }) {
  const translator = useTranslator();
  const { t, locale } = translator;
  // Local UI state: how the table is sorted.
  const [sort, setSort] = useState<Sort<ParticipantKey>>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortParticipants(convention.participants, sort, translator),
    [convention.participants, sort, translator],
  );
  return (
    <div className="convention-scroll">
      <table className="convention-table">
        <caption>
          {t('convention.participants-caption', { count: convention.participants.length })}
        </caption>
        <thead>
          <tr>
            <SortHeader
              label={t('convention.column.participant')}
              column="name"
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              label={t('convention.column.status')}
              column="status"
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              label={t('convention.column.signature')}
              column="signed"
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              label={t('convention.column.ratification')}
              column="ratified"
              sort={sort}
              onSort={setSort}
            />
            <th scope="col">{t('convention.column.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((participant) => {
            const { signature, action } = participant;
            const standing = standingOf(participant);
            return (
              <tr key={participant.code}>
                <th scope="row">
                  <Localized value={participantName(participant, locale)} />{' '}
                  <span className="muted small">{participant.code}</span>
                </th>
                <td data-label={t('convention.column.status')}>
                  <span className={`status-dot status-${standing.status}`} aria-hidden="true" />{' '}
                  {t(STANDING_LABELS[standing.status])}
                </td>
                <td data-label={t('convention.column.signature')}>
                  {signature ? (
                    <>
                      {signature.place === 'hanoi'
                        ? t('convention.place.hanoi')
                        : t('convention.place.new-york')}
                      , {when(signature, translator)}
                      <br />
                      <Certainty fact={signature} />
                    </>
                  ) : (
                    <span className="muted">{t('convention.none-known')}</span>
                  )}
                </td>
                <td data-label={t('convention.column.ratification')}>
                  {action ? (
                    <>
                      {t(ACTION_LABELS[action.type])}, {when(action, translator)}
                      <br />
                      <Certainty fact={action} />
                    </>
                  ) : (
                    <span className="muted">{t('convention.none-known')}</span>
                  )}
                </td>
                <td data-label={t('convention.column.sources')}>
                  <Sources
                    sources={[
                      ...(signature?.sources ?? []),
                      ...(action?.sources ?? []),
                      ...(participant.sources ?? []),
                    ].filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type MilestoneKey = 'date' | 'kind';

function MilestonesTable({ milestones }: { milestones: readonly Milestone[] }) {
  const translator = useTranslator();
  const { t, tag, locale } = translator;
  // Local UI state: how the table is sorted.
  const [sort, setSort] = useState<Sort<MilestoneKey>>({ key: 'date', direction: 'ascending' });
  const rows = useMemo(() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const kind = (m: Milestone) => t(MILESTONE_KIND_LABELS[m.kind]);
    return [...milestones].sort((a, b) =>
      sort.key === 'kind'
        ? sign * compareText(tag)(kind(a), kind(b)) || compareOptional(a.date, b.date, 1)
        : compareOptional(a.date, b.date, sign),
    );
  }, [milestones, sort, t, tag]);
  return (
    <div className="convention-scroll">
      <table className="convention-table">
        <caption>{t('convention.milestones-caption', { count: milestones.length })}</caption>
        <thead>
          <tr>
            <SortHeader
              label={t('convention.column.date')}
              column="date"
              sort={sort}
              onSort={setSort}
            />
            <th scope="col">{t('convention.column.milestone')}</th>
            <SortHeader
              label={t('convention.column.kind')}
              column="kind"
              sort={sort}
              onSort={setSort}
            />
            <th scope="col">{t('convention.column.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((milestone) => {
            const place = optionalLocalText(milestone, 'place', locale);
            const notes = optionalLocalText(milestone, 'notes', locale);
            return (
              <tr key={milestone.id}>
                <td className="nowrap-wide" data-label={t('convention.column.date')}>
                  {when(milestone, translator)}
                  {milestone.status === 'scheduled' && (
                    <span className="muted"> {t('convention.scheduled')}</span>
                  )}
                  {milestone.status === 'not-reached' && (
                    <span className="muted"> {t('convention.not-reached')}</span>
                  )}
                </td>
                <th scope="row">
                  <Localized value={localText(milestone, 'label', locale)} />
                  {place && (
                    <span className="muted small">
                      {' · '}
                      <Localized value={place} />
                    </span>
                  )}
                  {notes && (
                    <p className="small muted milestone-notes">
                      <Localized value={notes} />
                    </p>
                  )}
                </th>
                <td data-label={t('convention.column.kind')}>
                  {t(MILESTONE_KIND_LABELS[milestone.kind])}
                </td>
                <td data-label={t('convention.column.sources')}>
                  <Sources sources={milestone.sources} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ConventionPage({
  prepared,
  search,
}: {
  prepared: PreparedDataset;
  /** The explorer's query string, kept on the way back. */
  search: string;
}) {
  const { t, rich, tag } = useTranslator();
  const convention = prepared.data.convention;
  const back = (
    <p>
      <Link href={`/${search}`}>{t('convention.back')}</Link>
    </p>
  );
  if (!convention) {
    return (
      <section className="card convention-page" aria-labelledby="convention-title">
        <h2 id="convention-title">{t('convention.title-short')}</h2>
        <p>{t('convention.no-data')}</p>
        {back}
      </section>
    );
  }
  const counts = conventionCounts(convention);
  const unidentified = counts.statedSignatories - counts.identifiedSignatories;
  const strong = { 0: (s: string) => <strong>{s}</strong> };
  return (
    <section className="card convention-page" aria-labelledby="convention-title">
      {back}
      <h2 id="convention-title">{t('convention.title')}</h2>
      <p>
        {t('convention.as-of', { day: formatDay(convention.asOf, tag) })}{' '}
        {rich(
          'convention.signatories',
          {
            stated: counts.statedSignatories,
            statedOn: counts.statedAsOf
              ? t('convention.stated-on', { day: formatDay(counts.statedAsOf, tag) })
              : '',
            identified: counts.identifiedSignatories,
            unidentified:
              unidentified > 0 ? t('convention.unidentified', { count: unidentified }) : '',
            later:
              counts.laterSignatures > 0
                ? t('convention.later-signatures', { count: counts.laterSignatures })
                : '',
          },
          strong,
        )}{' '}
        {rich(
          'convention.ratifications',
          {
            needed: counts.ratificationsNeeded,
            deposited: counts.ratificationsDeposited,
            reported:
              counts.ratificationsReported > 0
                ? t('convention.reported-more', { count: counts.ratificationsReported })
                : '',
          },
          strong,
        )}
      </p>
      <p className="small muted">{t('convention.legend')}</p>
      <h3>{t('convention.who-signed')}</h3>
      <ParticipantsTable convention={convention} />
      <h3>{t('convention.road')}</h3>
      <MilestonesTable milestones={convention.milestones} />
    </section>
  );
}
