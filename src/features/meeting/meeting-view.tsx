import { Fragment, useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import { type ConventionStanding, partnerStanding, standingLookup } from '../../data/convention.ts';
import { formatDay } from '../../data/dates.ts';
import type { Filters } from '../../data/filters.ts';
import { FORMAT_LABELS, KIND_LABELS, OUTCOME_LABELS } from '../../data/labels.ts';
import {
  countryName,
  type LocalText,
  localText,
  optionalLocalText,
  partnerLabel,
  partnerText,
} from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting, Partner, Person } from '../../data/schema.ts';
import { neighbours } from '../../data/selectors.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { type Locale, localePath } from '../../i18n/locales.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { CitePanel } from '../../ui/cite-panel.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { Localized } from '../../ui/local-text.tsx';
import { keepInPlace, takeOpener } from '../../ui/return-focus.ts';
import { StandingTag } from '../../ui/standing-tag.tsx';
import { meetingPath, serializeFilters, toggleValue } from '../../url/url-state.ts';
import { useUrlActions } from '../../url/use-url-state.ts';
import { otherMeetingsWith } from './partner-meetings.ts';
import './meeting-view.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The absolute link to a meeting's own static page, for sharing. */
/** The meeting's own static page, in the reader's language (`/vi/meetings/<id>/`). */
export function canonicalMeetingUrl(id: string, locale: Locale): string {
  const path = localePath(locale, `/meetings/${encodeURIComponent(id)}/`);
  return new URL(`${import.meta.env.BASE_URL}${path.slice(1)}`, window.location.origin).href;
}

const PART_OF_DAY_LABELS: Record<NonNullable<Meeting['partOfDay']>, MessageKey> = {
  morning: 'meeting.part-of-day.morning',
  afternoon: 'meeting.part-of-day.afternoon',
  evening: 'meeting.part-of-day.evening',
};

/** Below the two-column width the panel is a sheet over the page (meeting-view.css). */
const SHEET_MEDIA = '(max-width: 1099px)';

/**
 * Makes everything outside `element` inert (no focus, hidden from screen
 * readers) while it covers the page; returns the undo.
 */
function inertOutside(element: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node = element; node.parentElement && node !== document.body; ) {
    const parent: HTMLElement = node.parentElement;
    for (const sibling of parent.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
    node = parent;
  }
  return () => {
    for (const sibling of changed) sibling.inert = false;
  };
}

/**
 * The open meeting: a side panel beside the views on a wide screen, a sheet
 * covering the page below that. Its controls stay at its top while its content
 * scrolls. Focus moves to the title when it opens and, on close, back to
 * whatever opened it (src/ui/return-focus.ts), which is also kept where it was
 * on screen: opening narrows the views' column, and the reader must not lose
 * the row they clicked.
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
  const { t, rich, locale } = useTranslator();
  const panelRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const openIdRef = useRef(meetingId);
  const meeting = prepared.byId.get(meetingId) ?? null;
  // Browse within the current filters; fall back to all meetings when the open
  // meeting is itself filtered out.
  const list = matching.some((m) => m.id === meetingId) ? matching : prepared.meetings;
  const { previous, next, position } = neighbours(list, meetingId);

  // Layout effects throughout: focus and scroll change in the same commit that
  // shows (or removes) the panel, with no frame where focus sits on <body> or
  // the page shows the reflowed column at the wrong place.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    let undoInert: (() => void) | null = null;
    const media = window.matchMedia?.(SHEET_MEDIA);
    const cover = () => {
      undoInert?.();
      undoInert = media?.matches && panel ? inertOutside(panel) : null;
    };
    cover();
    media?.addEventListener('change', cover);
    return () => {
      media?.removeEventListener('change', cover);
      undoInert?.();
      const target = returnFocusTarget(returnFocusRef.current, openIdRef.current);
      if (!target) return;
      // Measured before the column widens again (the panel is still laid out),
      // then put back once it has; brought into sight if the reader had
      // scrolled it away meanwhile.
      const { top, bottom } = target.getBoundingClientRect();
      const inSight = bottom > 0 && top < window.innerHeight;
      target.focus({ preventScroll: true });
      requestAnimationFrame(() => {
        if (inSight) keepInPlace(target, top);
        else target.scrollIntoView?.({ block: 'center' });
      });
    };
  }, []);

  useLayoutEffect(() => {
    openIdRef.current = meetingId;
    const opener = takeOpener(meetingId);
    const active = document.activeElement;
    if (opener) {
      returnFocusRef.current = opener.element;
      keepInPlace(opener.element, opener.top);
      // The views beside the panel settle a frame later (charts, timeline).
      requestAnimationFrame(() => keepInPlace(opener.element, opener.top));
    } else if (
      !returnFocusRef.current &&
      active instanceof HTMLElement &&
      active !== document.body
    ) {
      returnFocusRef.current = active;
    }
    const panel = panelRef.current;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    // Stepping with Previous/Next (or the arrow keys) keeps focus where it is,
    // so the next step is one more press; anything else starts at the title.
    const stepping =
      panel?.contains(active) && !(active instanceof HTMLButtonElement && active.disabled);
    if (!stepping) headingRef.current?.focus({ preventScroll: true });
    const dataset = localText(prepared.data, 'title', locale).text;
    const title = meeting ? localText(meeting, 'title', locale).text : t('meeting.not-found');
    document.title = t('meeting.document-title', { title, dataset });
  }, [meetingId, meeting, prepared.data, locale, t]);

  // A layout effect, like the one that focuses the title: Escape works from the
  // moment focus is in the panel, not only once the passive effects have run.
  useLayoutEffect(() => {
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
    <aside
      ref={panelRef}
      className="meeting-view"
      aria-labelledby="meeting-title"
      onKeyDown={onPanelKey}
    >
      <div className="meeting-toolbar">
        <button type="button" className="button" onClick={closeMeeting}>
          <span aria-hidden="true">✕</span> {t('meeting.close')}
        </button>
        {meeting && (
          <>
            <nav aria-label={t('meeting.navigation')} className="prev-next">
              <button
                type="button"
                className="button"
                disabled={!previous}
                onClick={() => previous && openMeeting(previous.id, { replace: true })}
                aria-keyshortcuts="ArrowLeft"
                title={t('meeting.previous-title')}
              >
                <span aria-hidden="true">←</span>
                <span className="step-label"> {t('meeting.previous')}</span>
              </button>
              <span className="position">
                {t('meeting.position', { position: position + 1, total: list.length })}
              </span>
              <button
                type="button"
                className="button"
                disabled={!next}
                onClick={() => next && openMeeting(next.id, { replace: true })}
                aria-keyshortcuts="ArrowRight"
                title={t('meeting.next-title')}
              >
                <span className="step-label">{t('meeting.next')} </span>
                <span aria-hidden="true">→</span>
              </button>
            </nav>
            <CopyButton
              label={t('meeting.copy-link')}
              className="button primary"
              text={() => canonicalMeetingUrl(meeting.id, locale)}
            />
            {/* Focus stays on Previous/Next: this says where a step led. */}
            <p className="visually-hidden" aria-live="polite">
              {t('meeting.position-announced', {
                title: localText(meeting, 'title', locale).text,
                position: position + 1,
                total: list.length,
              })}
            </p>
          </>
        )}
      </div>
      <div className="meeting-scroll" ref={scrollRef}>
        {meeting ? (
          <MeetingBody
            meeting={meeting}
            prepared={prepared}
            filters={filters}
            headingRef={headingRef}
            hrefFor={hrefFor}
          />
        ) : (
          <div className="meeting-body">
            <h2 id="meeting-title" tabIndex={-1} ref={headingRef}>
              {t('meeting.not-found')}
            </h2>
            <p>
              {rich('meeting.not-found-text', { id: meetingId }, { 0: (id) => <code>{id}</code> })}
            </p>
            <p>
              <Link href={hrefFor(null)}>{t('meeting.back-to-all')}</Link>
            </p>
          </div>
        )}
      </div>
    </aside>
  );
}

/**
 * Where focus goes when the panel closes: what opened it, else the open
 * meeting's row in the list, else the list's heading.
 */
function returnFocusTarget(opener: HTMLElement | null, meetingId: string): HTMLElement | null {
  if (opener?.isConnected) return opener;
  const rows = document.querySelectorAll<HTMLElement>('.meeting-list a[data-meeting-id]');
  const row = [...rows].find((link) => link.dataset.meetingId === meetingId);
  return row ?? document.getElementById('meeting-list-title');
}

function People({ people, side }: { people: Person[]; side: string }) {
  const { t, locale } = useTranslator();
  if (people.length === 0) return <p className="muted">{t('meeting.no-one-named', { side })}</p>;
  return (
    <ul className="people">
      {people.map((person) => {
        const title = optionalLocalText(person, 'title', locale);
        return (
          <li key={`${person.name}|${person.title ?? ''}`}>
            <span className="person-name">{person.name}</span>
            {title && (
              <span className="person-title">
                <Localized value={title} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Venue, city and host country, each in the reader's language where the data has it. */
function Place({ meeting }: { meeting: Meeting }) {
  const { locale } = useTranslator();
  const country: LocalText = {
    text: countryName(meeting.hostCountry, locale),
    lang: locale,
    fallback: false,
  };
  const parts = [
    { field: 'venue', value: optionalLocalText(meeting, 'venue', locale) },
    { field: 'city', value: meeting.city ? localText(meeting, 'city', locale) : undefined },
    { field: 'country', value: country },
  ].filter((part): part is { field: string; value: LocalText } => Boolean(part.value?.text));
  return (
    <>
      {parts.map(({ field, value }, index) => (
        <Fragment key={field}>
          {index > 0 && ', '}
          <Localized value={value} />
        </Fragment>
      ))}
    </>
  );
}

function MeetingBody({
  meeting,
  prepared,
  filters,
  headingRef,
  hrefFor,
}: {
  meeting: Meeting;
  prepared: PreparedDataset;
  filters: Filters;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  hrefFor: (id: string | null) => string;
}) {
  const { t, tag, locale } = useTranslator();
  const partners = meeting.partners.flatMap((id) => prepared.partnerById.get(id) ?? []);
  const standing = standingLookup(prepared.data.convention);
  const counterpartGroups = partners.map((partner) => ({
    partner,
    people: meeting.counterparts.filter((c) => c.partner === partner.id),
  }));
  const unattached = meeting.counterparts.filter(
    (c) => c.partner === undefined || !meeting.partners.includes(c.partner),
  );
  /** This meeting's link with `value` toggled in facet `key`'s filter. */
  const filterHref = (key: 'country' | 'partner' | 'topic', value: string) =>
    `${meetingPath(meeting.id)}${serializeFilters({ ...filters, [key]: toggleValue(filters[key], value) })}`;

  return (
    <article className="meeting-body">
      <p className="meeting-kicker">
        <span className={`badge format format-${meeting.format}`}>
          {t(FORMAT_LABELS[meeting.format])}
        </span>
      </p>
      <h2 id="meeting-title" tabIndex={-1} ref={headingRef}>
        <Localized value={localText(meeting, 'title', locale)} />
      </h2>
      <dl className="facts">
        <dt>{t('meeting.date')}</dt>
        <dd>
          <time dateTime={meeting.date}>{formatDay(meeting.date, tag, 'long')}</time>
          {meeting.partOfDay && <>, {t(PART_OF_DAY_LABELS[meeting.partOfDay])}</>}{' '}
          <span className={`badge ${meeting.dateCertainty === 'exact' ? 'exact' : 'inferred'}`}>
            {meeting.dateCertainty === 'exact'
              ? t('meeting.date-exact')
              : t('meeting.date-inferred')}
          </span>
        </dd>
        <dt>{t('meeting.place')}</dt>
        <dd>
          <Place meeting={meeting} />
        </dd>
      </dl>

      <p className="meeting-summary">
        <Localized value={localText(meeting, 'summary', locale)} />
      </p>

      <section aria-labelledby="who-met">
        <h3 id="who-met">{t('meeting.who-met')}</h3>
        <div className="sides">
          <div>
            <h4>{t('meeting.viet-nam')}</h4>
            <People people={meeting.vietnamSide} side={t('meeting.side-vietnam')} />
          </div>
          <div>
            <h4>{t('meeting.partners')}</h4>
            {counterpartGroups.length === 0 && unattached.length === 0 && (
              <p className="muted">{t('meeting.no-partner-named')}</p>
            )}
            {counterpartGroups.map(({ partner, people }) => (
              <div key={partner.id} className="partner-group">
                <p className="partner-name">
                  <PartnerFilterLink partner={partner} filters={filters} filterHref={filterHref} />{' '}
                  <span className="muted">
                    ({t(KIND_LABELS[partner.kind])}
                    {partner.country && partner.kind !== 'country'
                      ? `, ${countryName(partner.country, locale)}`
                      : ''}
                    )
                  </span>
                  <PartnerStanding standing={partnerStanding(partner, standing)} />
                </p>
                {people.length > 0 && (
                  <People people={people} side={partnerLabel(partner, locale)} />
                )}
              </div>
            ))}
            {unattached.length > 0 && (
              <People people={unattached} side={t('meeting.side-partners')} />
            )}
          </div>
        </div>
      </section>

      {meeting.topics.length > 0 && (
        <section aria-labelledby="meeting-topics">
          <h3 id="meeting-topics">{t('meeting.topics')}</h3>
          <ul className="topic-links">
            {meeting.topics.map((id) => {
              const active = filters.topic.includes(id);
              const topic = prepared.topicById.get(id);
              return (
                <li key={id}>
                  <Link
                    href={filterHref('topic', id)}
                    className={active ? 'chip active' : 'chip'}
                    title={active ? t('meeting.topic-remove') : t('meeting.topic-filter')}
                  >
                    {topic ? <Localized value={localText(topic, 'label', locale)} /> : id}
                    {active && <span className="visually-hidden"> {t('meeting.filter-on')}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="meeting-outcomes">
        <h3 id="meeting-outcomes">{t('meeting.outcomes')}</h3>
        {meeting.outcomes.length === 0 ? (
          <p className="muted">{t('meeting.no-outcomes')}</p>
        ) : (
          <ul className="outcomes">
            {meeting.outcomes.map((outcome) => (
              <li key={`${outcome.type}:${outcome.text}`} className={`outcome ${outcome.type}`}>
                <span className="badge">{t(OUTCOME_LABELS[outcome.type])}</span>{' '}
                <Localized value={localText(outcome, 'text', locale)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {meeting.notes && (
        <section aria-labelledby="meeting-notes" className="notes">
          <h3 id="meeting-notes">{t('meeting.notes')}</h3>
          <p>
            <Localized value={localText(meeting, 'notes', locale)} />
          </p>
        </section>
      )}

      <section aria-labelledby="meeting-sources">
        <h3 id="meeting-sources">{t('meeting.sources')}</h3>
        <ul className="sources">
          {meeting.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title ?? source.publisher}
                <span className="visually-hidden"> {t('meeting.opens-new-tab')}</span>
              </a>
              {/* On paper a link is only as good as its address. */}
              <span className="print-only source-url">{source.url}</span>
              <span className="muted">
                {' '}
                {source.title ? `${source.publisher}, ` : ''}
                {source.published ? formatDay(source.published, tag) : t('meeting.date-not-shown')}{' '}
                · {hostOf(source.url)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="meeting-cite" className="meeting-cite">
        <h3 id="meeting-cite">{t('meeting.cite')}</h3>
        <CitePanel
          label={t('meeting.cite-this')}
          work={() => ({
            dataset: localText(prepared.data, 'title', locale).text,
            version: prepared.data.version ?? null,
            updated: prepared.data.updated,
            url: canonicalMeetingUrl(meeting.id, locale),
            meeting: {
              id: meeting.id,
              title: localText(meeting, 'title', locale).text,
              date: meeting.date,
            },
          })}
        />
      </section>

      <OtherMeetings meeting={meeting} partners={partners} prepared={prepared} hrefFor={hrefFor} />
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

/**
 * A partner's name as a filter: a country by the `country` facet (which also
 * catches that country's companies), an organisation or company by `partner`.
 */
function PartnerFilterLink({
  partner,
  filters,
  filterHref,
}: {
  partner: Partner;
  filters: Filters;
  filterHref: (key: 'country' | 'partner', value: string) => string;
}) {
  const [key, value] =
    partner.kind === 'country' && partner.country
      ? (['country', partner.country] as const)
      : (['partner', partner.id] as const);
  const { t, locale } = useTranslator();
  const active = filters[key].includes(value);
  return (
    <Link
      href={filterHref(key, value)}
      className={active ? 'partner-filter active' : 'partner-filter'}
      title={active ? t('meeting.partner-remove') : t('meeting.partner-filter')}
    >
      <Localized value={partnerText(partner, locale)} />
      <span className="visually-hidden">
        {' '}
        {active ? t('meeting.filter-on') : t('meeting.partner-filter-hint')}
      </span>
    </Link>
  );
}

const OTHER_MEETINGS_SHOWN = 5;

/** Each partner's other meetings nearest in time, opening in this panel with the filters kept. */
function OtherMeetings({
  meeting,
  partners,
  prepared,
  hrefFor,
}: {
  meeting: Meeting;
  partners: Partner[];
  prepared: PreparedDataset;
  hrefFor: (id: string | null) => string;
}) {
  const { t, tag, locale } = useTranslator();
  const groups = partners
    .map((partner) => ({
      partner,
      ...otherMeetingsWith(prepared, partner.id, meeting, OTHER_MEETINGS_SHOWN),
    }))
    .filter((group) => group.total > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="meeting-others" className="meeting-others">
      <h3 id="meeting-others">{t('meeting.others', { count: partners.length })}</h3>
      {groups.map(({ partner, nearby, total }) => {
        return (
          <div key={partner.id} className="other-meetings">
            <h4 id={`others-${partner.id}`}>
              <Localized value={partnerText(partner, locale)} />{' '}
              <span className="other-count">
                {total > nearby.length
                  ? t('meeting.others-nearest', { shown: nearby.length, total })
                  : t('meeting.others-count', { total })}
              </span>
            </h4>
            <ul aria-labelledby={`others-${partner.id}`}>
              {nearby.map((other) => (
                <li key={other.id}>
                  <time dateTime={other.date}>{formatDay(other.date, tag)}</time>
                  <Link href={hrefFor(other.id)}>
                    <Localized value={localText(other, 'title', locale)} />
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The partner's standing with the convention after its name, when it can be a party. */
function PartnerStanding({ standing }: { standing: ConventionStanding | null }) {
  if (!standing) return null;
  return (
    <>
      {' '}
      <StandingTag standing={standing} />
    </>
  );
}
