import { useState } from 'react';
import { Link } from 'wouter';
import { formatDay } from '../../data/dates.ts';
import { EMPTY_FILTERS } from '../../data/filters.ts';
import { FORMAT_LABELS, meetingPartnerNames } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import { useUrlActions } from '../../url/use-url-state.ts';

const PAGE = 50;

/**
 * The accessible twin of the charts and timeline: every matching meeting as a
 * table row. Rows are added a page at a time so huge datasets stay responsive.
 */
export function MeetingList({
  prepared,
  meetings,
  total,
  filtered,
  selectedId,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
  total: number;
  filtered: boolean;
  selectedId: string | null;
}) {
  const { setFilters, hrefFor } = useUrlActions();
  // Local UI state; a new result set starts again at one page.
  const [shown, setShown] = useState({ forList: meetings, count: PAGE });
  const count = shown.forList === meetings ? shown.count : PAGE;
  const visible = meetings.slice(0, count);

  return (
    <section className="meeting-list card" aria-labelledby="meeting-list-title">
      <div className="card-head">
        <h2 id="meeting-list-title">Meetings</h2>
        <p className="result-count" role="status">
          {filtered
            ? `${meetings.length.toLocaleString('en')} of ${total.toLocaleString('en')} meetings match`
            : `${total.toLocaleString('en')} meetings`}
        </p>
      </div>
      {meetings.length === 0 ? (
        <div className="empty-state">
          <p>No meetings match these filters.</p>
          <button
            type="button"
            className="button primary"
            onClick={() => setFilters(EMPTY_FILTERS)}
          >
            Clear filters
          </button>
        </div>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              Meetings in date order, with partners and format
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Meeting</th>
                <th scope="col" className="col-partners">
                  Partners
                </th>
                <th scope="col" className="col-format">
                  Format
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((meeting) => {
                const selected = meeting.id === selectedId;
                const partners =
                  meetingPartnerNames(meeting, prepared.partnerById).join(', ') || '—';
                return (
                  <tr key={meeting.id} className={selected ? 'selected' : undefined}>
                    <td className="col-date">
                      <time dateTime={meeting.date}>{formatDay(meeting.date)}</time>
                      {meeting.dateCertainty === 'inferred' && (
                        <span className="badge subtle" title="Date inferred from the sources">
                          inferred
                        </span>
                      )}
                    </td>
                    <th scope="row">
                      <Link
                        href={hrefFor(meeting.id)}
                        aria-current={selected ? 'true' : undefined}
                        data-meeting-id={meeting.id}
                      >
                        {meeting.title}
                      </Link>
                      <span className="row-partners">{partners}</span>
                    </th>
                    <td className="col-partners">{partners}</td>
                    <td className="col-format">{FORMAT_LABELS[meeting.format]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {count < meetings.length && (
            <div className="show-more">
              <button
                type="button"
                className="button"
                onClick={() => setShown({ forList: meetings, count: count + PAGE })}
              >
                Show {Math.min(PAGE, meetings.length - count)} more (
                {(meetings.length - count).toLocaleString('en')} not shown)
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
