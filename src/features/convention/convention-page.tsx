/**
 * The convention page (`/convention`): every participant the dataset names,
 * with its signature and ratification and how sure each is, and the
 * milestones from 2019 on, as two sortable tables with their sources. Loaded
 * only when the page is opened.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { conventionCounts, standingOf } from '../../data/convention.ts';
import { formatDay, formatDaySpan } from '../../data/dates.ts';
import { STANDING_LABELS } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Convention, Milestone, Participant, Source } from '../../data/schema.ts';
import './convention-page.css';

type Dated = { date?: string; endDate?: string; dateCertainty?: string };

function when(fact: Dated): string {
  if (!fact.date) return 'date unknown';
  const span = formatDaySpan(fact.date, fact.endDate ?? fact.date);
  return fact.dateCertainty === 'day-unknown' ? `one day in ${span}` : span;
}

const ACTION_LABELS: Record<string, string> = {
  ratification: 'Ratification',
  acceptance: 'Acceptance',
  approval: 'Approval',
  accession: 'Accession',
};

const MILESTONE_KIND_LABELS: Record<Milestone['kind'], string> = {
  resolution: 'Resolution',
  'negotiation-session': 'Negotiation',
  consultation: 'Consultation',
  adoption: 'Adoption',
  outreach: 'Outreach',
  'signature-ceremony': 'Signing ceremony',
  'signature-period': 'Signature period',
  ratification: 'Ratification',
  meeting: 'Meeting',
  'entry-into-force': 'Entry into force',
  other: 'Other',
};

function Certainty({ fact }: { fact: { certainty: string; reportedOn?: string } }) {
  return fact.certainty === 'reported' ? (
    <span className="certainty reported">
      reported{fact.reportedOn ? ` ${formatDay(fact.reportedOn)}` : ''}; not in the UN record
    </span>
  ) : (
    <span className="certainty recorded">in the UN record</span>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources-inline">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
          {source.published ? `, ${formatDay(source.published)}` : ''}
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
): Participant[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: Participant, b: Participant) => a.name.localeCompare(b.name, 'en');
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
  // Local UI state: how the table is sorted.
  const [sort, setSort] = useState<Sort<ParticipantKey>>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortParticipants(convention.participants, sort),
    [convention.participants, sort],
  );
  return (
    <div className="convention-scroll">
      <table className="convention-table">
        <caption>
          Participants: {convention.participants.length.toLocaleString('en')} states and
          organisations the dataset names
        </caption>
        <thead>
          <tr>
            <SortHeader label="Participant" column="name" sort={sort} onSort={setSort} />
            <SortHeader label="Status" column="status" sort={sort} onSort={setSort} />
            <SortHeader label="Signature" column="signed" sort={sort} onSort={setSort} />
            <SortHeader
              label="Ratification or other"
              column="ratified"
              sort={sort}
              onSort={setSort}
            />
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((participant) => {
            const { signature, action } = participant;
            const standing = standingOf(participant);
            return (
              <tr key={participant.code}>
                <th scope="row">
                  {participant.name} <span className="muted small">{participant.code}</span>
                </th>
                <td data-label="Status">
                  <span className={`status-dot status-${standing.status}`} aria-hidden="true" />{' '}
                  {STANDING_LABELS[standing.status]}
                </td>
                <td data-label="Signature">
                  {signature ? (
                    <>
                      {signature.place === 'hanoi' ? 'Hanoi' : 'New York'}, {when(signature)}
                      <br />
                      <Certainty fact={signature} />
                    </>
                  ) : (
                    <span className="muted">none known</span>
                  )}
                </td>
                <td data-label="Ratification or other">
                  {action ? (
                    <>
                      {ACTION_LABELS[action.type] ?? action.type}, {when(action)}
                      <br />
                      <Certainty fact={action} />
                    </>
                  ) : (
                    <span className="muted">none known</span>
                  )}
                </td>
                <td data-label="Sources">
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
  // Local UI state: how the table is sorted.
  const [sort, setSort] = useState<Sort<MilestoneKey>>({ key: 'date', direction: 'ascending' });
  const rows = useMemo(() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...milestones].sort((a, b) =>
      sort.key === 'kind'
        ? sign * MILESTONE_KIND_LABELS[a.kind].localeCompare(MILESTONE_KIND_LABELS[b.kind], 'en') ||
          compareOptional(a.date, b.date, 1)
        : compareOptional(a.date, b.date, sign),
    );
  }, [milestones, sort]);
  return (
    <div className="convention-scroll">
      <table className="convention-table">
        <caption>Milestones: {milestones.length.toLocaleString('en')} steps from 2019 on</caption>
        <thead>
          <tr>
            <SortHeader label="Date" column="date" sort={sort} onSort={setSort} />
            <th scope="col">Milestone</th>
            <SortHeader label="Kind" column="kind" sort={sort} onSort={setSort} />
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((milestone) => (
            <tr key={milestone.id}>
              <td className="nowrap-wide" data-label="Date">
                {when(milestone)}
                {milestone.status === 'scheduled' && <span className="muted"> (scheduled)</span>}
                {milestone.status === 'not-reached' && (
                  <span className="muted"> (not reached)</span>
                )}
              </td>
              <th scope="row">
                {milestone.label}
                {milestone.place && <span className="muted small"> · {milestone.place}</span>}
                {milestone.notes && (
                  <p className="small muted milestone-notes">{milestone.notes}</p>
                )}
              </th>
              <td data-label="Kind">{MILESTONE_KIND_LABELS[milestone.kind]}</td>
              <td data-label="Sources">
                <Sources sources={milestone.sources} />
              </td>
            </tr>
          ))}
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
  const convention = prepared.data.convention;
  const back = (
    <p>
      <Link href={`/${search}`}>← All meetings</Link>
    </p>
  );
  if (!convention) {
    return (
      <section className="card convention-page" aria-labelledby="convention-title">
        <h2 id="convention-title">The convention</h2>
        <p>This dataset has no data on the convention’s signatures, ratifications or milestones.</p>
        {back}
      </section>
    );
  }
  const counts = conventionCounts(convention);
  const unidentified = counts.statedSignatories - counts.identifiedSignatories;
  return (
    <section className="card convention-page" aria-labelledby="convention-title">
      {back}
      <h2 id="convention-title">The convention: signatures, ratifications and milestones</h2>
      <p>
        As of {formatDay(convention.asOf)}. The UN record counts{' '}
        <strong>{counts.statedSignatories.toLocaleString('en')}</strong> signatories
        {counts.statedAsOf ? ` on ${formatDay(counts.statedAsOf)}` : ''}; this dataset identifies{' '}
        <strong>{counts.identifiedSignatories.toLocaleString('en')}</strong> of them
        {unidentified > 0 ? ` (${unidentified.toLocaleString('en')} are not identified)` : ''}
        {counts.laterSignatures > 0
          ? `, and ${counts.laterSignatures.toLocaleString('en')} signature${counts.laterSignatures === 1 ? '' : 's'} since`
          : ''}
        . The convention enters into force after {counts.ratificationsNeeded.toLocaleString('en')}{' '}
        ratifications (or acceptances, approvals, accessions) by states:{' '}
        <strong>{counts.ratificationsDeposited}</strong> are deposited
        {counts.ratificationsReported > 0
          ? `, and ${counts.ratificationsReported} more are reported but not yet in the UN record`
          : ''}
        .
      </p>
      <p className="small muted">
        “In the UN record”: read from the depositary’s record. “Reported”: only from government or
        news reports, with the day of the report. A participant not listed has no signature the
        dataset knows of.
      </p>
      <h3>Who signed, who ratified</h3>
      <ParticipantsTable convention={convention} />
      <h3>The road to it</h3>
      <MilestonesTable milestones={convention.milestones} />
    </section>
  );
}
