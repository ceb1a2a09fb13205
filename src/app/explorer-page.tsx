import { Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { conventionCounts } from '../data/convention.ts';
import { headlineFigures } from '../data/dataset-facts.ts';
import { knownValues } from '../data/facets.ts';
import { clearedFilters, hasActiveFilters } from '../data/filters.ts';
import { DatasetInvalidError } from '../data/loading/dataset-errors.ts';
import { useDataset, useLoadProgress } from '../data/loading/use-dataset.ts';
import { localText } from '../data/localize.ts';
import type { PreparedDataset } from '../data/prepare.ts';
import { describeProblem } from '../data/problems.ts';
import { activeFilters, applyFilters, summarize } from '../data/selectors.ts';
import { AboutSection } from '../features/about/about-section.tsx';
import { ChartsPanel, preloadCharts } from '../features/charts/charts-panel.tsx';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { MapPanel, preloadMap } from '../features/map/map-panel.tsx';
import { MeetingView } from '../features/meeting/meeting-view.tsx';
import { MeetingList } from '../features/meeting-list/meeting-list.tsx';
import { preloadTimeline, TimelinePanel } from '../features/timeline/timeline-panel.tsx';
import { useTranslator } from '../i18n/i18n.tsx';
import { AfterFirstPaint } from '../ui/after-first-paint.tsx';
import { meetingDownloadItems } from '../ui/meeting-downloads.ts';
import { preloadable } from '../ui/preloadable.tsx';
import { useAfterPaint } from '../ui/use-after-paint.ts';
import { withoutEmbed } from '../url/url-state.ts';
import {
  UrlActionsProvider,
  useRoute,
  useUrlActions,
  useUrlFilters,
} from '../url/use-url-state.ts';
import { EmbedHeader, Header, HeaderSkeleton, LoadingPage } from './header.tsx';
import { NoResults } from './no-results.tsx';
import { UrlNotices } from './url-notices.tsx';

/**
 * On a wide screen, where several views show at once, fetch the heavy views'
 * code while the data downloads and the worker prepares it (the main thread is
 * idle then), so each view draws as soon as it is reached instead of starting
 * its download only then. A phone keeps fetching each view's code as it comes
 * near: its slow CPU would spend the start-up evaluating code for views the
 * reader may never scroll to. A failure here is silent; it shows, with its
 * message, when the view mounts and asks again.
 */
const PRELOAD_VIEWS_MEDIA = '(min-width: 60rem)';

function usePreloadHeavyViews() {
  useEffect(() => {
    if (!window.matchMedia?.(PRELOAD_VIEWS_MEDIA).matches) return;
    const start = () => {
      for (const preload of [preloadTimeline, preloadMap, preloadCharts]) {
        preload().catch(() => {});
      }
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(start, { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 0);
    return () => clearTimeout(id);
  }, []);
}

export function ExplorerPage() {
  const { t } = useTranslator();
  const query = useDataset();
  const progress = useLoadProgress();
  usePreloadHeavyViews();
  // Rendering the whole page from the freshly loaded dataset is the biggest
  // piece of work at start. Deferred, React renders it in the background in
  // small slices while the skeleton stays on screen, instead of in one long task.
  const prepared = useDeferredValue(query.data);

  if (query.isPending || (query.isSuccess && !prepared)) return <LoadingPage progress={progress} />;

  if (query.isError) {
    const error = query.error;
    return (
      <>
        <HeaderSkeleton failed />
        <main id="main" className="page">
          <section className="problem" role="alert" aria-labelledby="problem-title">
            {error instanceof DatasetInvalidError ? (
              <>
                <h2 id="problem-title">{t('app.damaged-title')}</h2>
                <p>{t('app.damaged-text')}</p>
                <ul className="problem-list">
                  {error.problems.slice(0, 5).map((p) => (
                    <li key={`${p.path}:${p.message}`}>{describeProblem(p)}</li>
                  ))}
                </ul>
                {error.problems.length > 5 && (
                  <p>{t('app.damaged-more', { count: error.problems.length - 5 })}</p>
                )}
              </>
            ) : (
              <>
                <h2 id="problem-title">{t('app.load-failed-title')}</h2>
                <p>{error.message}</p>
                <button
                  type="button"
                  className="button primary"
                  onClick={() => void query.refetch()}
                  disabled={query.isFetching}
                >
                  {query.isFetching ? t('app.retrying') : t('app.retry')}
                </button>
              </>
            )}
          </section>
        </main>
      </>
    );
  }

  return <ReadyExplorer prepared={prepared ?? query.data} />;
}

// The convention page's code arrives when the page is opened.
const { Component: ConventionPage } = preloadable(() =>
  import('../features/convention/convention-page.tsx').then((m) => m.ConventionPage),
);

function ReadyExplorer({ prepared }: { prepared: PreparedDataset }) {
  const translator = useTranslator();
  const { t, rich, locale } = translator;
  const known = useMemo(() => knownValues(prepared), [prepared]);
  const { filters, notices, search } = useUrlFilters(known);
  const { setFilters } = useUrlActions();
  const result = useMemo(() => applyFilters(prepared, filters), [prepared, filters]);
  const summary = useMemo(() => summarize(prepared), [prepared]);
  const totals = useMemo(() => headlineFigures(prepared.meetings), [prepared]);
  const filtered = hasActiveFilters(filters);
  const nothingMatches = result.meetings.length === 0 && prepared.meetings.length > 0;
  const { path, route } = useRoute();
  const meetingId = route?.meetingId ?? null;
  const conventionPage = route?.convention === true;
  const embed = filters.embed;
  const unknownPath = route === undefined;
  // The filter bar and the meeting view answer a click at once; the timeline,
  // map, charts and list follow once that answer is on screen, all four from
  // the same snapshot (see useAfterPaint). They are memoised, so the urgent
  // render skips them.
  const heavy = useAfterPaint(
    useMemo(() => ({ result, filters, meetingId, search }), [result, filters, meetingId, search]),
  );
  // The header's figures describe the matching meetings too; they follow with
  // the heavy views rather than delay the answer to a click.
  const figures = useMemo(() => headlineFigures(heavy.result.meetings), [heavy.result.meetings]);

  // Local UI state: which notice set was dismissed (keyed by the query string,
  // so a new junk link shows its notice again).
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);

  const conventionTotals = useMemo(
    () => (prepared.data.convention ? conventionCounts(prepared.data.convention) : null),
    [prepared],
  );

  const title = useMemo(() => localText(prepared.data, 'title', locale), [prepared, locale]);

  useEffect(() => {
    if (conventionPage) document.title = t('app.title-convention', { title: title.text });
    else if (meetingId === null) document.title = title.text;
  }, [meetingId, conventionPage, title, t]);

  return (
    <UrlActionsProvider known={known}>
      {embed ? (
        <EmbedHeader
          title={title}
          figures={figures}
          totals={totals}
          filtered={filtered}
          summary={summary}
          fullHref={withoutEmbed(window.location.href)}
        />
      ) : (
        <Header
          title={title}
          summary={summary}
          figures={figures}
          totals={totals}
          filtered={filtered}
          convention={conventionTotals}
          query={filters.q}
          onQueryChange={(q) => setFilters({ ...filters, q }, { replace: true })}
          downloads={meetingDownloadItems(prepared, result.meetings, filters)}
        />
      )}
      <main id="main" className={embed ? 'page embed' : 'page'}>
        {notices.length > 0 && dismissedFor !== search && (
          <UrlNotices notices={notices} onDismiss={() => setDismissedFor(search)} />
        )}
        {unknownPath && (
          <section className="problem" role="alert" aria-labelledby="path-missing">
            <h2 id="path-missing">{t('app.not-found-title')}</h2>
            <p>
              {rich('app.not-found-text', { path }, { 0: (s) => <code>{s}</code> })}{' '}
              <Link href={`/${search}`}>{t('app.show-all')}</Link>
            </p>
          </section>
        )}
        {conventionPage && (
          <Suspense fallback={<p className="card">{t('app.loading-convention')}</p>}>
            <ConventionPage prepared={prepared} search={search} />
          </Suspense>
        )}
        <div className={meetingId ? 'layout with-detail' : 'layout'} hidden={conventionPage}>
          <div className="views">
            <FilterBar
              prepared={prepared}
              filters={filters}
              facetCounts={result.facetCounts}
              matching={result.meetings.length}
              statusOnly={embed}
            />
            {nothingMatches && (
              <NoResults
                active={activeFilters(prepared, filters, translator)}
                total={prepared.meetings.length}
                onClear={() => setFilters(clearedFilters(filters))}
              />
            )}
            <TimelinePanel
              prepared={prepared}
              meetings={heavy.result.meetings}
              selectedId={heavy.meetingId}
              filters={heavy.filters}
            />
            <MapPanel
              prepared={prepared}
              facetCounts={heavy.result.facetCounts}
              filters={heavy.filters}
              matching={heavy.result.meetings.length}
            />
            <AfterFirstPaint>
              <ChartsPanel
                prepared={prepared}
                meetings={heavy.result.meetings}
                facetCounts={heavy.result.facetCounts}
                filters={heavy.filters}
              />
              <MeetingList
                prepared={prepared}
                meetings={heavy.result.meetings}
                total={prepared.meetings.length}
                filtered={hasActiveFilters(heavy.filters)}
                selectedId={heavy.meetingId}
                search={heavy.search}
              />
            </AfterFirstPaint>
          </div>
          {meetingId !== null && (
            <MeetingView
              prepared={prepared}
              meetingId={meetingId}
              matching={result.meetings}
              filters={filters}
            />
          )}
        </div>
        {!embed && (
          <AfterFirstPaint>
            <AboutSection prepared={prepared} />
          </AfterFirstPaint>
        )}
      </main>
    </UrlActionsProvider>
  );
}
