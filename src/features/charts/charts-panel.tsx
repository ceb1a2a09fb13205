import { memo, type ReactNode, useMemo } from 'react';
import {
  ACTIVITY_KEYS,
  ACTIVITY_LABELS,
  activityOverTime,
  OUTCOME_SERIES,
  outcomesByPartner,
  topicBars,
} from '../../data/chart-data.ts';
import type { Filters } from '../../data/filters.ts';
import { OUTCOME_LABELS } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import type { FacetCounts } from '../../data/selectors.ts';
import { preloadable } from '../../ui/preloadable.tsx';
import { WhenVisible } from '../../ui/when-visible.tsx';
import { toggleValue } from '../../url/url-state.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import { ACTIVITY_HEIGHT, chartHeight } from './chart-layout.ts';
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
  const topics = useMemo(
    () => topicBars(prepared, facetCounts, filters.topic),
    [prepared, facetCounts, filters.topic],
  );
  const activity = useMemo(() => activityOverTime(prepared, meetings), [prepared, meetings]);
  const outcomes = useMemo(() => outcomesByPartner(prepared, meetings), [prepared, meetings]);
  const toggleTopic = (id: string) =>
    updateFilters((current) => ({ ...current, topic: toggleValue(current.topic, id) }));

  return (
    <section className="card topics-card" aria-labelledby="topics-title">
      <div className="card-head">
        <h2 id="topics-title">Topics and activity</h2>
      </div>
      <div className="chart-grid">
        <ChartFigure
          id="topic-chart-title"
          title="Meetings per topic"
          note="Click a bar (or a topic in the table) to filter by it."
          preload={topicChart.preload}
          height={chartHeight(topics.length)}
          chart={<TopicChart topics={topics} onToggleTopic={toggleTopic} />}
          tableTitle="Meetings per topic as a table"
          columns={['Topic', 'Meetings']}
          rows={topics.map((bar) => ({
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
          preload={activityChart.preload}
          height={ACTIVITY_HEIGHT}
          chart={<ActivityChart rows={activity.rows} />}
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
              header: row.label,
              cells: [...ACTIVITY_KEYS.map((key) => row[key]), row.total],
            }))}
        />
        <ChartFigure
          id="outcome-chart-title"
          title="Agreements and commitments by partner"
          empty={outcomes.length === 0 ? 'No outcomes among the matching meetings.' : null}
          preload={outcomeChart.preload}
          height={chartHeight(outcomes.length)}
          chart={<OutcomeChart rows={outcomes} />}
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

/** One chart with its heading, its placeholder while its code loads, and its table twin. */
function ChartFigure({
  id,
  title,
  note,
  empty = null,
  preload,
  height,
  chart,
  tableTitle,
  columns,
  rows,
}: {
  id: string;
  title: string;
  note?: string;
  /** Said instead of the chart and table when there is nothing to draw. */
  empty?: string | null;
  preload: () => Promise<unknown>;
  height: number;
  chart: ReactNode;
  tableTitle: string;
  /** The first column heads the row headers. */
  columns: string[];
  rows: { key: string; header: ReactNode; cells: (string | number)[] }[];
}) {
  return (
    <figure className="chart" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {note && <p className="muted small">{note}</p>}
      {empty !== null ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <WhenVisible
            preload={preload}
            placeholder={<div className="chart-placeholder" style={{ height }} />}
          >
            {chart}
          </WhenVisible>
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
