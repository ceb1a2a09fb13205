import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { formatDay } from '../../data/dates.ts';
import { EMPTY_FILTERS } from '../../data/filters.ts';
import { FORMAT_LABELS, meetingPartnerNames } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import { useUrlActions } from '../../url/use-url-state.ts';

/**
 * Up to this many rows the table is rendered whole (find-in-page, printing and
 * screen readers see everything); above it only the rows near the viewport are.
 */
export const VIRTUAL_FROM = 400;
const ROW_ESTIMATE = 48;

/**
 * The accessible twin of the charts and timeline: every matching meeting as a
 * table row.
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
  const row = (meeting: Meeting, extra?: RowExtra) => {
    const selected = meeting.id === selectedId;
    const partners = meetingPartnerNames(meeting, prepared.partnerById).join(', ') || '—';
    return (
      <tr
        key={meeting.id}
        className={selected ? 'selected' : undefined}
        ref={extra?.ref}
        data-index={extra?.index}
        aria-rowindex={extra ? extra.index + 2 : undefined}
      >
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
  };
  const virtual = meetings.length > VIRTUAL_FROM;

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
          <table aria-rowcount={virtual ? meetings.length + 1 : undefined}>
            <caption className="visually-hidden">
              Meetings in date order, with partners and format
            </caption>
            <thead>
              <tr aria-rowindex={virtual ? 1 : undefined}>
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
            {virtual ? (
              <VirtualRows meetings={meetings} row={row} />
            ) : (
              <tbody>{meetings.map((meeting) => row(meeting))}</tbody>
            )}
          </table>
        </div>
      )}
    </section>
  );
}

interface RowExtra {
  index: number;
  ref: (element: HTMLTableRowElement | null) => void;
}

/**
 * Only the rows near the viewport, between two spacer rows that keep the
 * table (and the page's scrollbar) as tall as all the rows would make it.
 * Tabbing still walks every row: focus scrolls the page, which brings the
 * next rows in.
 */
function VirtualRows({
  meetings,
  row,
}: {
  meetings: Meeting[];
  row: (meeting: Meeting, extra: RowExtra) => ReactNode;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Local UI state: where the table starts on the page. The views above it
  // load lazily and change height, so it is measured, not assumed.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setOffset(body.getBoundingClientRect().top + window.scrollY);
    measure();
    if (typeof ResizeObserver === 'undefined') return; // jsdom
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: meetings.length,
    estimateSize: () => ROW_ESTIMATE,
    // A row that has no height yet (not laid out) keeps its estimate, so the
    // window never grows without end.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => meetings[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - offset : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - offset) : 0;
  return (
    <tbody ref={bodyRef}>
      {before > 0 && <Spacer height={before} />}
      {items.map((item) => {
        const meeting = meetings[item.index];
        return meeting
          ? row(meeting, { index: item.index, ref: virtualizer.measureElement })
          : null;
      })}
      {after > 0 && <Spacer height={after} />}
    </tbody>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row holds no focusable content; it only keeps the table's height
    <tr aria-hidden="true" className="spacer" style={{ height }}>
      <td colSpan={4} />
    </tr>
  );
}
