import { memo, useMemo } from 'react';
import {
  ACTIVITY_KEYS,
  ACTIVITY_LABELS,
  activityOverTime,
  outcomesByPartner,
  topicBars,
} from '../../data/chart-data.ts';
import type { Filters } from '../../data/filters.ts';
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
        <figure className="chart" aria-labelledby="topic-chart-title">
          <h3 id="topic-chart-title">Meetings per topic</h3>
          <p className="muted small">Click a bar (or a topic in the table) to filter by it.</p>
          <WhenVisible
            preload={topicChart.preload}
            placeholder={
              <div className="chart-placeholder" style={{ height: chartHeight(topics.length) }} />
            }
          >
            <TopicChart topics={topics} onToggleTopic={toggleTopic} />
          </WhenVisible>
          <details className="chart-table">
            <summary>Meetings per topic as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Meetings</th>
                </tr>
              </thead>
              <tbody>
                {topics.map((bar) => (
                  <tr key={bar.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={bar.selected}
                        onClick={() => toggleTopic(bar.id)}
                      >
                        {bar.label}
                      </button>
                    </th>
                    <td>{bar.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>

        <figure className="chart" aria-labelledby="activity-chart-title">
          <h3 id="activity-chart-title">Meetings per {activity.bucket}, by partner kind</h3>
          <WhenVisible
            preload={activityChart.preload}
            placeholder={<div className="chart-placeholder" style={{ height: ACTIVITY_HEIGHT }} />}
          >
            <ActivityChart rows={activity.rows} />
          </WhenVisible>
          <details className="chart-table">
            <summary>Meetings per {activity.bucket} as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{BUCKET_HEADERS[activity.bucket]}</th>
                  {ACTIVITY_KEYS.map((key) => (
                    <th scope="col" key={key}>
                      {ACTIVITY_LABELS[key]}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {activity.rows
                  .filter((row) => row.total > 0)
                  .map((row) => (
                    <tr key={row.start}>
                      <th scope="row">{row.label}</th>
                      {ACTIVITY_KEYS.map((key) => (
                        <td key={key}>{row[key]}</td>
                      ))}
                      <td>{row.total}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </figure>

        <figure className="chart" aria-labelledby="outcome-chart-title">
          <h3 id="outcome-chart-title">Agreements and commitments by partner</h3>
          {outcomes.length === 0 ? (
            <p className="muted">No outcomes among the matching meetings.</p>
          ) : (
            <>
              <WhenVisible
                preload={outcomeChart.preload}
                placeholder={
                  <div
                    className="chart-placeholder"
                    style={{ height: chartHeight(outcomes.length) }}
                  />
                }
              >
                <OutcomeChart rows={outcomes} />
              </WhenVisible>
              <details className="chart-table">
                <summary>Outcomes by partner as a table</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Partner</th>
                      <th scope="col">Signed</th>
                      <th scope="col">Planned</th>
                      <th scope="col">Commitments</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcomes.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">{row.label}</th>
                        <td>{row.signed}</td>
                        <td>{row.planned}</td>
                        <td>{row.commitment}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </figure>
      </div>
    </section>
  );
});
