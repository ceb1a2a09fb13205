import { useEffect, useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import { formatDay } from '../../data/dates.ts';
import type { Filters } from '../../data/filters.ts';
import {
  countryName,
  FORMAT_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  partnerLabel,
} from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting, Person } from '../../data/schema.ts';
import { neighbours } from '../../data/selectors.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { meetingPath, serializeFilters, toggleValue } from '../../url/url-state.ts';
import { useUrlActions } from '../../url/use-url-state.ts';
import './meeting-view.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The absolute link to a meeting's own static page, for sharing. */
export function canonicalMeetingUrl(id: string): string {
  return new URL(
    `${import.meta.env.BASE_URL}meetings/${encodeURIComponent(id)}/`,
    window.location.origin,
  ).href;
}

/**
 * The open meeting as a side panel (full screen on phones). Focus moves into it
 * when it opens and back to where it came from when it closes.
 */
export function MeetingView({
  prepared,
  meetingId,
  matching,
  filters,
}: {
  prepared: PreparedDataset;
  meetingId: string;
  matching: Meeting[];
  filters: Filters;
}) {
  const { closeMeeting, openMeeting, hrefFor } = useUrlActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusRef = useRef<Element | null>(null);
  const meeting = prepared.byId.get(meetingId) ?? null;
  // Browse within the current filters; fall back to all meetings when the open
  // meeting is itself filtered out.
  const list = matching.some((m) => m.id === meetingId) ? matching : prepared.meetings;
  const { previous, next, position } = neighbours(list, meetingId);

  // Remember what had focus before the panel opened; give it back on close.
  // Layout effects: focus moves in the same commit that shows the panel, with
  // no frame where it sits on <body>.
  useLayoutEffect(() => {
    returnFocusRef.current = document.activeElement;
    return () => {
      const target = returnFocusRef.current;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
      else document.getElementById('meeting-list-title')?.focus();
    };
  }, []);

  useLayoutEffect(() => {
    headingRef.current?.focus();
    if (meeting) document.title = `${meeting.title} — ${prepared.data.title}`;
    else document.title = `Meeting not found — ${prepared.data.title}`;
  }, [meeting, prepared.data.title]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        closeMeeting();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeMeeting]);

  const onPanelKey = (event: React.KeyboardEvent) => {
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' && previous) {
      event.preventDefault();
      openMeeting(previous.id, { replace: true });
    } else if (event.key === 'ArrowRight' && next) {
      event.preventDefault();
      openMeeting(next.id, { replace: true });
    }
  };

  return (
    <aside className="meeting-view" aria-labelledby="meeting-title" onKeyDown={onPanelKey}>
      <div className="meeting-toolbar">
        <button type="button" className="button" onClick={closeMeeting}>
          <span aria-hidden="true">✕</span> Close
        </button>
        {meeting && (
          <nav aria-label="Meeting navigation" className="prev-next">
            <button
              type="button"
              className="button"
              disabled={!previous}
              onClick={() => previous && openMeeting(previous.id, { replace: true })}
              aria-keyshortcuts="ArrowLeft"
            >
              <span aria-hidden="true">←</span> Previous
            </button>
            <span className="position">
              {position + 1} / {list.length}
            </span>
            <button
              type="button"
              className="button"
              disabled={!next}
              onClick={() => next && openMeeting(next.id, { replace: true })}
              aria-keyshortcuts="ArrowRight"
            >
              Next <span aria-hidden="true">→</span>
            </button>
          </nav>
        )}
      </div>
      {meeting ? (
        <MeetingBody
          meeting={meeting}
          prepared={prepared}
          filters={filters}
          headingRef={headingRef}
        />
      ) : (
        <div className="meeting-body">
          <h2 id="meeting-title" tabIndex={-1} ref={headingRef}>
            Meeting not found
          </h2>
          <p>
            No meeting has the id <code>{meetingId}</code>. It may have been renamed or the link may
            be incomplete.
          </p>
          <p>
            <Link href={hrefFor(null)}>Back to all meetings</Link>
          </p>
        </div>
      )}
    </aside>
  );
}

function People({ people, label }: { people: Person[]; label: string }) {
  if (people.length === 0) return <p className="muted">No one named for {label}.</p>;
  return (
    <ul className="people">
      {people.map((person) => (
        <li key={`${person.name}|${person.title ?? ''}`}>
          <span className="person-name">{person.name}</span>
          {person.title && <span className="person-title">{person.title}</span>}
        </li>
      ))}
    </ul>
  );
}

function MeetingBody({
  meeting,
  prepared,
  filters,
  headingRef,
}: {
  meeting: Meeting;
  prepared: PreparedDataset;
  filters: Filters;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const partners = meeting.partners.flatMap((id) => prepared.partnerById.get(id) ?? []);
  const counterpartGroups = partners.map((partner) => ({
    partner,
    people: meeting.counterparts.filter((c) => c.partner === partner.id),
  }));
  const unattached = meeting.counterparts.filter(
    (c) => c.partner === undefined || !meeting.partners.includes(c.partner),
  );
  const topicHref = (id: string) =>
    `${meetingPath(meeting.id)}${serializeFilters({ ...filters, topic: toggleValue(filters.topic, id) })}`;

  return (
    <article className="meeting-body">
      <p className="meeting-kicker">
        <span className={`badge format format-${meeting.format}`}>
          {FORMAT_LABELS[meeting.format]}
        </span>
      </p>
      <h2 id="meeting-title" tabIndex={-1} ref={headingRef}>
        {meeting.title}
      </h2>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={meeting.date}>{formatDay(meeting.date)}</time>
          {meeting.partOfDay && <>, {meeting.partOfDay}</>}{' '}
          <span className={`badge ${meeting.dateCertainty === 'exact' ? 'exact' : 'inferred'}`}>
            {meeting.dateCertainty === 'exact' ? 'exact date' : 'inferred date'}
          </span>
        </dd>
        <dt>Place</dt>
        <dd>
          {[meeting.venue, meeting.city, countryName(meeting.hostCountry)]
            .filter(Boolean)
            .join(', ')}
        </dd>
      </dl>

      <p className="meeting-summary">{meeting.summary}</p>

      <section aria-labelledby="who-met">
        <h3 id="who-met">Who met</h3>
        <div className="sides">
          <div>
            <h4>Viet Nam</h4>
            <People people={meeting.vietnamSide} label="the Vietnamese side" />
          </div>
          <div>
            <h4>Partners</h4>
            {counterpartGroups.length === 0 && unattached.length === 0 && (
              <p className="muted">No partner named.</p>
            )}
            {counterpartGroups.map(({ partner, people }) => (
              <div key={partner.id} className="partner-group">
                <p className="partner-name">
                  {partnerLabel(partner)}{' '}
                  <span className="muted">
                    ({partner.kind === 'country' ? KIND_LABELS.country : KIND_LABELS[partner.kind]}
                    {partner.country && partner.kind !== 'country'
                      ? `, ${countryName(partner.country)}`
                      : ''}
                    )
                  </span>
                </p>
                {people.length > 0 && <People people={people} label={partnerLabel(partner)} />}
              </div>
            ))}
            {unattached.length > 0 && <People people={unattached} label="partners" />}
          </div>
        </div>
      </section>

      {meeting.topics.length > 0 && (
        <section aria-labelledby="meeting-topics">
          <h3 id="meeting-topics">Topics</h3>
          <ul className="topic-links">
            {meeting.topics.map((id) => {
              const active = filters.topic.includes(id);
              return (
                <li key={id}>
                  <Link
                    href={topicHref(id)}
                    replace
                    className={active ? 'chip active' : 'chip'}
                    title={active ? 'Remove this topic from the filters' : 'Filter by this topic'}
                  >
                    {prepared.topicById.get(id)?.label ?? id}
                    {active && <span className="visually-hidden"> (filter on)</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="meeting-outcomes">
        <h3 id="meeting-outcomes">Outcomes</h3>
        {meeting.outcomes.length === 0 ? (
          <p className="muted">No agreement or commitment reported.</p>
        ) : (
          <ul className="outcomes">
            {meeting.outcomes.map((outcome) => (
              <li key={`${outcome.type}:${outcome.text}`} className={`outcome ${outcome.type}`}>
                <span className="badge">{OUTCOME_LABELS[outcome.type]}</span> {outcome.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      {meeting.notes && (
        <section aria-labelledby="meeting-notes" className="notes">
          <h3 id="meeting-notes">Notes on the sources</h3>
          <p>{meeting.notes}</p>
        </section>
      )}

      <section aria-labelledby="meeting-sources">
        <h3 id="meeting-sources">Sources</h3>
        <ul className="sources">
          {meeting.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title ?? source.publisher}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              <span className="muted">
                {' '}
                {source.title ? `${source.publisher}, ` : ''}
                {source.published ? formatDay(source.published) : 'date not shown'} ·{' '}
                {hostOf(source.url)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <CopyLink id={meeting.id} />
    </article>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function CopyLink({ id }: { id: string }) {
  return (
    <div className="copy-link">
      <CopyButton
        label="Copy link"
        className="button primary"
        text={() => canonicalMeetingUrl(id)}
      />
    </div>
  );
}
