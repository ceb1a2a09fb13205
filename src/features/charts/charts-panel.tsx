import { memo, type ReactNode, useMemo, useRef, useState } from 'react';
import {
  ACTIVITY_KEYS,
  ACTIVITY_LABELS,
  activityOverTime,
  OUTCOME_SERIES,
  outcomesByPartner,
  TOP_TOPICS,
  topicBars,
  visibleTopics,
} from '../../data/chart-data.ts';
import { formatDaySpan } from '../../data/dates.ts';
import { type ExportCaption, exportCaption } from '../../data/export/caption.ts';
import { exportFileName } from '../../data/export/file-name.ts';
import type { Filters } from '../../data/filters.ts';
import { OUTCOME_LABELS } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import type { FacetCounts } from '../../data/selectors.ts';
import type { Bucket } from '../../data/time-buckets.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { DownloadMenu } from '../../ui/download-menu.tsx';
import { imageDownloadItems } from '../../ui/image-downloads.ts';
import { preloadable } from '../../ui/preloadable.tsx';
import { WhenVisible } from '../../ui/when-visible.tsx';
import { toggleValue, withoutEmbed } from '../../url/url-state.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import { ACTIVITY_HEIGHT, chartHeight } from './chart-layout.ts';
import { ChartLegend, SERIES_COLOUR } from './chart-legend.tsx';
import './charts.css';

// recharts is large; the tables below carry the same numbers while it loads.
// Each chart is its own chunk on top of a shared recharts chunk; `preloadCharts`
// fetches them ahead of need (the page calls it while the data loads).
const topicChart = preloadable(() => import('./topic-chart.tsx').then((m) => m.TopicChart));
const activityChart = preloadable(() =>
  import('./activity-chart.tsx').then((m) => m.ActivityChart),
);
const outcomeChart = preloadable(() => import('./outcome-chart.tsx').then((m) => m.OutcomeChart));
const { Component: TopicChart } = topicChart;
const { Component: ActivityChart } = activityChart;
const { Component: OutcomeChart } = outcomeChart;
export const preloadCharts = () =>
  Promise.all([topicChart.preload(), activityChart.preload(), outcomeChart.preload()]);

/** The activity chart's words for each bucket: its title, its table's title, its first column. */
const BUCKET_WORDS: Record<Bucket, { title: MessageKey; table: MessageKey; header: MessageKey }> = {
  day: {
    title: 'charts.activity-title-day',
    table: 'charts.activity-table-day',
    header: 'charts.bucket-day',
  },
  week: {
    title: 'charts.activity-title-week',
    table: 'charts.activity-table-week',
    header: 'charts.bucket-week',
  },
  month: {
    title: 'charts.activity-title-month',
    table: 'charts.activity-table-month',
    header: 'charts.bucket-month',
  },
  year: {
    title: 'charts.activity-title-year',
    table: 'charts.activity-table-year',
    header: 'charts.bucket-year',
  },
};

/** Memoised: re-renders when its data changes, not on every URL change. */
export const ChartsPanel = memo(function ChartsPanel({
  prepared,
  meetings,
  facetCounts,
  filters,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
  facetCounts: FacetCounts;
  filters: Filters;
}) {
  const translator = useTranslator();
  const { t, tag } = translator;
  const { updateFilters } = useStableUrlActions();
  // Local UI state: how much of the topics and of the dates the reader asked to see.
  const [allTopics, setAllTopics] = useState(false);
  const [allDates, setAllDates] = useState(false);
  const topics = useMemo(
    () => topicBars(prepared, facetCounts, filters.topic, translator),
    [prepared, facetCounts, filters.topic, translator],
  );
  const shownTopics = useMemo(() => visibleTopics(topics, allTopics), [topics, allTopics]);
  const activity = useMemo(
    () => activityOverTime(prepared, meetings, translator, { allDates }),
    [prepared, meetings, translator, allDates],
  );
  const outcomes = useMemo(
    () => outcomesByPartner(prepared, meetings, translator),
    [prepared, meetings, translator],
  );
  const toggleTopic = (id: string) =>
    updateFilters((current) => ({ ...current, topic: toggleValue(current.topic, id) }));
  const noMatch = meetings.length === 0 ? t('charts.no-match') : null;
  const bucketWords = BUCKET_WORDS[activity.bucket];
  const anyChosen = topics.some((t) => t.selected);
  const range = activity.range;
  const shownMeetings = meetings.length - activity.outside;
  const picture = {
    caption: () =>
      exportCaption(
        prepared.data,
        prepared,
        filters,
        { matching: meetings.length, total: prepared.meetings.length },
        // The full explorer's address, also when drawn inside an embed.
        withoutEmbed(window.location.href),
        translator,
      ),
    fileName: (what: string, extension: string) =>
      exportFileName(what, filters, prepared.data, extension),
  };

  return (
    <section className="card topics-card" aria-labelledby="topics-title">
      <div className="card-head">
        <h2 id="topics-title">{t('charts.title')}</h2>
      </div>
      <div
        className={allTopics && topics.length > TOP_TOPICS ? 'chart-grid expanded' : 'chart-grid'}
      >
        <ChartFigure
          id="topic-chart-title"
          className="topic-figure"
          title={t('charts.topic-title')}
          fileWhat="meetings per topic"
          picture={picture}
          note={t('charts.topic-note')}
          empty={noMatch}
          preload={topicChart.preload}
          height={chartHeight(shownTopics.length, { axis: false })}
          chart={<TopicChart topics={shownTopics} onToggleTopic={toggleTopic} />}
          legend={
            <ChartLegend
              label={t('charts.topic-legend')}
              items={
                anyChosen
                  ? [
                      { token: SERIES_COLOUR.topicChosen, text: t('charts.topic-chosen') },
                      { token: SERIES_COLOUR.topicOther, text: t('charts.topic-other') },
                    ]
                  : [{ token: SERIES_COLOUR.topicChosen, text: t('charts.topic-all') }]
              }
            />
          }
          more={
            topics.length > TOP_TOPICS && (
              <div className="chart-more">
                <button
                  type="button"
                  className="button"
                  aria-expanded={allTopics}
                  onClick={() => setAllTopics(!allTopics)}
                >
                  {allTopics
                    ? t('charts.topic-show-fewer')
                    : t('charts.topic-show-all', { count: topics.length })}
                </button>
              </div>
            )
          }
          tableTitle={t('charts.topic-table')}
          columns={[t('charts.topic-column'), t('charts.meetings-column')]}
          rows={shownTopics.map((bar) => ({
            key: bar.id,
            header: (
              <button
                type="button"
                className="link-button"
                aria-pressed={bar.selected}
                onClick={() => toggleTopic(bar.id)}
              >
                {bar.label}
              </button>
            ),
            cells: [bar.count],
          }))}
        />
        <ChartFigure
          id="activity-chart-title"
          title={t(bucketWords.title)}
          fileWhat={`meetings per ${activity.bucket}`}
          picture={picture}
          empty={noMatch}
          preload={activityChart.preload}
          height={ACTIVITY_HEIGHT}
          chart={<ActivityChart rows={activity.rows} />}
          legend={
            <ChartLegend
              label={t('charts.activity-legend')}
              items={ACTIVITY_KEYS.map((key) => ({
                token: SERIES_COLOUR.kind(key),
                text: t(ACTIVITY_LABELS[key]),
              }))}
            />
          }
          more={
            range &&
            range.outside > 0 && (
              <div className="chart-more">
                <p className="small">
                  {allDates
                    ? t('charts.all-dates', {
                        span: formatDaySpan(range.allFrom, range.allTo, tag),
                      })
                    : t('charts.main-dates', {
                        span: formatDaySpan(range.from, range.to, tag),
                        shown: shownMeetings,
                        total: meetings.length,
                        outside: range.outside,
                      })}
                </p>
                <button type="button" className="button" onClick={() => setAllDates(!allDates)}>
                  {allDates ? t('charts.show-main-dates') : t('charts.show-all-dates')}
                </button>
              </div>
            )
          }
          tableTitle={t(bucketWords.table)}
          columns={[
            t(bucketWords.header),
            ...ACTIVITY_KEYS.map((key) => t(ACTIVITY_LABELS[key])),
            t('charts.total-column'),
          ]}
          rows={activity.rows
            .filter((row) => row.total > 0)
            .map((row) => ({
              key: row.start,
              header: row.title,
              cells: [...ACTIVITY_KEYS.map((key) => row[key]), row.total],
            }))}
        />
        <ChartFigure
          id="outcome-chart-title"
          title={t('charts.outcome-title')}
          fileWhat="outcomes by partner"
          picture={picture}
          empty={noMatch ?? (outcomes.length === 0 ? t('charts.outcome-empty') : null)}
          preload={outcomeChart.preload}
          height={chartHeight(outcomes.length)}
          chart={<OutcomeChart rows={outcomes} />}
          legend={
            <ChartLegend
              label={t('charts.outcome-legend')}
              items={OUTCOME_SERIES.map(({ type }) => ({
                token: SERIES_COLOUR.outcome(type),
                text: t(OUTCOME_LABELS[type]),
              }))}
            />
          }
          tableTitle={t('charts.outcome-table')}
          columns={[
            t('charts.partner-column'),
            ...OUTCOME_SERIES.map(({ type }) => t(OUTCOME_LABELS[type])),
          ]}
          rows={outcomes.map((row) => ({
            key: row.id,
            header: row.label,
            cells: OUTCOME_SERIES.map(({ key }) => row[key]),
          }))}
        />
      </div>
    </section>
  );
});

/**
 * One chart with its heading, its placeholder while its code loads, its legend,
 * its controls and its table twin.
 */
function ChartFigure({
  id,
  className,
  title,
  fileWhat,
  picture,
  note,
  empty,
  preload,
  height,
  chart,
  legend,
  more,
  tableTitle,
  columns,
  rows,
}: {
  id: string;
  className?: string;
  title: string;
  /** What the chart's files are named for: "meetings per topic". */
  fileWhat: string;
  picture: {
    caption: () => ExportCaption;
    fileName: (what: string, extension: string) => string;
  };
  note?: string;
  /** Said instead of the chart and table when there is nothing to draw. */
  empty: string | null;
  preload: () => Promise<unknown>;
  height: number;
  chart: ReactNode;
  legend: ReactNode;
  /** Controls and notes under the chart. */
  more?: ReactNode;
  tableTitle: string;
  /** The first column heads the row headers. */
  columns: string[];
  rows: { key: string; header: ReactNode; cells: (string | number)[] }[];
}) {
  const { t, number } = useTranslator();
  const figureRef = useRef<HTMLElement>(null);
  return (
    <figure
      ref={figureRef}
      className={className ? `chart ${className}` : 'chart'}
      aria-labelledby={id}
    >
      <div className="chart-head">
        <h3 id={id}>{title}</h3>
        {empty === null && (
          <DownloadMenu
            label={t('charts.save-image-label', { title })}
            buttonText={t('charts.save-image')}
            items={imageDownloadItems({
              title,
              svg: () => figureRef.current?.querySelector('.chart-canvas svg') ?? null,
              legend: () => figureRef.current?.querySelector('.legend') ?? null,
              caption: picture.caption,
              fileName: (extension) => picture.fileName(fileWhat, extension),
            })}
          />
        )}
      </div>
      {empty !== null ? (
        <p className="chart-empty view-empty">{empty}</p>
      ) : (
        <>
          {note && <p className="muted small">{note}</p>}
          <WhenVisible
            preload={preload}
            placeholder={<div className="chart-placeholder" style={{ height }} />}
          >
            {chart}
          </WhenVisible>
          {legend}
          {more}
          <details className="chart-table">
            <summary>{tableTitle}</summary>
            <table>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th scope="col" key={column}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.header}</th>
                    {row.cells.map((cell, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column
                      <td key={index}>{typeof cell === 'number' ? number(cell) : cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
