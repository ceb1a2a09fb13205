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

const BUCKET_HEADERS = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' } as const;
const NO_MATCH = 'No meetings match.';

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
  const { updateFilters } = useStableUrlActions();
  // Local UI state: how much of the topics and of the dates the reader asked to see.
  const [allTopics, setAllTopics] = useState(false);
  const [allDates, setAllDates] = useState(false);
  const topics = useMemo(
    () => topicBars(prepared, facetCounts, filters.topic),
    [prepared, facetCounts, filters.topic],
  );
  const shownTopics = useMemo(() => visibleTopics(topics, allTopics), [topics, allTopics]);
  const activity = useMemo(
    () => activityOverTime(prepared, meetings, { allDates }),
    [prepared, meetings, allDates],
  );
  const outcomes = useMemo(() => outcomesByPartner(prepared, meetings), [prepared, meetings]);
  const toggleTopic = (id: string) =>
    updateFilters((current) => ({ ...current, topic: toggleValue(current.topic, id) }));
  const noMatch = meetings.length === 0 ? NO_MATCH : null;
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
      ),
    fileName: (what: string, extension: string) =>
      exportFileName(what, filters, prepared.data, extension),
  };

  return (
    <section className="card topics-card" aria-labelledby="topics-title">
      <div className="card-head">
        <h2 id="topics-title">Topics and activity</h2>
      </div>
      <div
        className={allTopics && topics.length > TOP_TOPICS ? 'chart-grid expanded' : 'chart-grid'}
      >
        <ChartFigure
          id="topic-chart-title"
          className="topic-figure"
          title="Meetings per topic"
          fileWhat="meetings per topic"
          picture={picture}
          note="Click a bar (or a topic in the table) to filter by it."
          empty={noMatch}
          preload={topicChart.preload}
          height={chartHeight(shownTopics.length, { axis: false })}
          chart={<TopicChart topics={shownTopics} onToggleTopic={toggleTopic} />}
          legend={
            <ChartLegend
              label="Colours of the topic bars"
              items={
                anyChosen
                  ? [
                      { token: SERIES_COLOUR.topicChosen, text: 'Chosen topics' },
                      { token: SERIES_COLOUR.topicOther, text: 'Other topics' },
                    ]
                  : [{ token: SERIES_COLOUR.topicChosen, text: 'Meetings with the topic' }]
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
                  {allTopics ? 'Show fewer topics' : `Show all ${topics.length} topics`}
                </button>
              </div>
            )
          }
          tableTitle="Meetings per topic as a table"
          columns={['Topic', 'Meetings']}
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
          title={`Meetings per ${activity.bucket}, by partner kind`}
          fileWhat={`meetings per ${activity.bucket}`}
          picture={picture}
          empty={noMatch}
          preload={activityChart.preload}
          height={ACTIVITY_HEIGHT}
          chart={<ActivityChart rows={activity.rows} />}
          legend={
            <ChartLegend
              label="Colours by the kind of the first partner"
              items={ACTIVITY_KEYS.map((key) => ({
                token: SERIES_COLOUR.kind(key),
                text: ACTIVITY_LABELS[key],
              }))}
            />
          }
          more={
            range &&
            range.outside > 0 && (
              <div className="chart-more">
                <p className="small">
                  {allDates
                    ? `All dates, ${formatDaySpan(range.allFrom, range.allTo)}.`
                    : `Showing ${formatDaySpan(range.from, range.to)}, where ${shownMeetings.toLocaleString('en')} of the ${meetings.length.toLocaleString('en')} meetings are; ${range.outside.toLocaleString('en')} ${range.outside === 1 ? 'is' : 'are'} on other dates.`}
                </p>
                <button type="button" className="button" onClick={() => setAllDates(!allDates)}>
                  {allDates ? 'Show main dates' : 'Show all dates'}
                </button>
              </div>
            )
          }
          tableTitle={`Meetings per ${activity.bucket} as a table`}
          columns={[
            BUCKET_HEADERS[activity.bucket],
            ...ACTIVITY_KEYS.map((key) => ACTIVITY_LABELS[key]),
            'Total',
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
          title="Agreements and commitments by partner"
          fileWhat="outcomes by partner"
          picture={picture}
          empty={
            noMatch ?? (outcomes.length === 0 ? 'No outcomes among the matching meetings.' : null)
          }
          preload={outcomeChart.preload}
          height={chartHeight(outcomes.length)}
          chart={<OutcomeChart rows={outcomes} />}
          legend={
            <ChartLegend
              label="Colours by outcome"
              items={OUTCOME_SERIES.map(({ type }) => ({
                token: SERIES_COLOUR.outcome(type),
                text: OUTCOME_LABELS[type],
              }))}
            />
          }
          tableTitle="Outcomes by partner as a table"
          columns={['Partner', ...OUTCOME_SERIES.map(({ type }) => OUTCOME_LABELS[type])]}
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
            label={`Save image of the chart “${title}”`}
            buttonText="Save image"
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
                      <td key={index}>{cell}</td>
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
