import { memo, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { formatDay } from '../../data/dates.ts';
import { FORMAT_LABELS, meetingPartnerNames } from '../../data/labels.ts';
import { localText } from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { Localized } from '../../ui/local-text.tsx';
import { rememberOpener } from '../../ui/return-focus.ts';
import { useMediaQuery } from '../../ui/use-media-query.ts';
import { viewHref } from '../../url/url-state.ts';
import './meeting-list.css';

/**
 * Up to this many rows the table is rendered whole (find-in-page and screen
 * readers see everything); above it only the rows near the viewport are, except
 * when printing.
 */
export const VIRTUAL_FROM = 400;
const ROW_ESTIMATE = 48;

/**
 * The accessible twin of the charts and timeline: every matching meeting as a
 * table row. Memoised and fed deferred props (with the query string its links
 * carry), so a filter click paints its chips first and the list a frame later.
 */
export const MeetingList = memo(function MeetingList({
  prepared,
  meetings,
  total,
  filtered,
  selectedId,
  search,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
  total: number;
  filtered: boolean;
  selectedId: string | null;
  /** The query string (`?…` or empty) that meeting links keep. */
  search: string;
}) {
  const { t, locale, tag } = useTranslator();
  const row = (meeting: Meeting, extra?: RowExtra) => {
    const selected = meeting.id === selectedId;
    const partners = meetingPartnerNames(meeting, prepared.partnerById, locale).join(', ') || '—';
    return (
      <tr
        key={meeting.id}
        className={selected ? 'selected' : undefined}
        data-index={extra?.index}
        aria-rowindex={extra ? extra.index + 2 : undefined}
      >
        <td className="col-date">
          <time dateTime={meeting.date}>{formatDay(meeting.date, tag)}</time>
          {meeting.dateCertainty === 'inferred' && (
            <span className="badge subtle" title={t('meeting-list.inferred-title')}>
              {t('meeting-list.inferred')}
            </span>
          )}
        </td>
        <th scope="row">
          <Link
            href={viewHref(meeting.id, search)}
            aria-current={selected ? 'true' : undefined}
            data-meeting-id={meeting.id}
            onClick={(event) => rememberOpener(meeting.id, event.currentTarget)}
          >
            <Localized value={localText(meeting, 'title', locale)} />
          </Link>
          <span className="row-partners">{partners}</span>
        </th>
        <td className="col-partners">{partners}</td>
        <td className="col-format">{t(FORMAT_LABELS[meeting.format])}</td>
      </tr>
    );
  };
  // On paper every row, however many: the printed list is the whole list.
  const printing = useMediaQuery('(print)');
  const virtual = meetings.length > VIRTUAL_FROM && !printing;

  return (
    <section className="meeting-list card" aria-labelledby="meeting-list-title">
      <div className="card-head">
        <h2 id="meeting-list-title" tabIndex={-1}>
          {t('meeting-list.title')}
        </h2>
        {/* Not a live region: the filter bar's count already announces each change. */}
        <p className="result-count">
          {filtered
            ? t('meeting-list.match-count', { matching: meetings.length, total })
            : t('meeting-list.count', { total })}
        </p>
      </div>
      {total === 0 ? (
        <div className="empty-state">
          <p>{t('meeting-list.no-data')}</p>
        </div>
      ) : meetings.length === 0 ? (
        // One line: the page's own empty state, at the top, offers the way out.
        <p className="list-empty view-empty">{t('meeting-list.none-match')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-rowcount={virtual ? meetings.length + 1 : undefined}>
            <caption className="visually-hidden">{t('meeting-list.caption')}</caption>
            <thead>
              <tr aria-rowindex={virtual ? 1 : undefined}>
                <th scope="col">{t('meeting-list.date')}</th>
                <th scope="col">{t('meeting-list.meeting')}</th>
                <th scope="col" className="col-partners">
                  {t('meeting-list.partners')}
                </th>
                <th scope="col" className="col-format">
                  {t('meeting-list.format')}
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
});

interface RowExtra {
  index: number;
}

const OVERSCAN = 8;

/**
 * Only the rows near the viewport, between two spacer rows that keep the
 * table (and the page's scrollbar) as tall as all the rows would make it.
 * Unrendered rows are assumed to be as tall as the average rendered one.
 * Tabbing still walks every row: focus scrolls the page, which brings the
 * next rows in. (Hand-written rather than @tanstack/react-virtual: that is
 * 10.5 KiB gzip, which the all-JS budget has no room for; see docs/decisions.)
 */
function VirtualRows({
  meetings,
  row,
}: {
  meetings: Meeting[];
  row: (meeting: Meeting, extra: RowExtra) => ReactNode;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Local UI state: which rows are near the viewport, and the row height used
  // for the ones that are not rendered.
  const [range, setRange] = useState({ start: 0, end: 0, rowHeight: ROW_ESTIMATE });
  const rangeRef = useRef(range);
  /** A row on screen and its top before a range change, put back after it. */
  const anchor = useRef<{ index: number; top: number } | null>(null);
  const count = meetings.length;

  // The browser's scroll anchoring is off for these rows (meeting-list.css):
  // this does it in every browser, and knows the rows that leave and enter
  // the range are only estimated.
  useLayoutEffect(() => {
    rangeRef.current = range;
    const held = anchor.current;
    anchor.current = null;
    if (!held) return;
    const row = bodyRef.current?.querySelector(`tr[data-index="${held.index}"]`);
    const shift = row ? row.getBoundingClientRect().top - held.top : 0;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
  }, [range]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      let total = 0;
      let measured = 0;
      let onScreen: { index: number; top: number } | null = null;
      for (const element of body.querySelectorAll<HTMLElement>('tr[data-index]')) {
        const box = element.getBoundingClientRect();
        total += box.height;
        measured++;
        if (!onScreen && box.bottom > 0)
          onScreen = { index: Number(element.dataset.index), top: box.top };
      }
      const measuredHeight = (measured > 0 && total / measured) || ROW_ESTIMATE;
      const current = rangeRef.current;
      const rendered = current.end > current.start && measured > 0;
      let next: typeof current;
      if (rendered && Math.abs(current.rowHeight - measuredHeight) >= 0.5) {
        // The rows changed height (the list was narrowed by the meeting panel,
        // or widened, or taller rows came in): first the new height with the
        // same rows, which stay put; the scroll that keeps them then picks the range.
        next = { ...current, rowHeight: measuredHeight };
      } else {
        // Within half a pixel the height stays, so the space above does not creep.
        const rowHeight = rendered ? current.rowHeight : measuredHeight;
        const top = body.getBoundingClientRect().top;
        const visible = Math.ceil(window.innerHeight / rowHeight) + 2 * OVERSCAN;
        const start = Math.max(
          0,
          Math.min(Math.floor(-top / rowHeight) - OVERSCAN, count - visible),
        );
        next = { start, end: Math.min(count, start + visible), rowHeight };
      }
      if (
        next.start !== current.start ||
        next.end !== current.end ||
        next.rowHeight !== current.rowHeight
      ) {
        anchor.current = onScreen;
        setRange(next);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    // Once more after the first rows are laid out, to learn their real height.
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The list's own width changes too (the meeting panel opening beside it).
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resizes?.observe(body);
    return () => {
      cancelAnimationFrame(frame);
      resizes?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [count]);

  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const before = start * range.rowHeight;
  const after = (count - end) * range.rowHeight;
  return (
    <tbody ref={bodyRef} className="virtual-rows">
      {before > 0 && <Spacer height={before} />}
      {meetings.slice(start, end).map((meeting, offset) => row(meeting, { index: start + offset }))}
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
