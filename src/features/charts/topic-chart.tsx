/**
 * Meetings per topic as clickable bars with their counts (recharts, loaded
 * lazily). No animation on data change: the numbers should simply be right
 * after a click.
 */
import { Bar, BarChart, Cell, LabelList, XAxis } from 'recharts';
import { meetingsText, type TopicBar } from '../../data/chart-data.ts';
import { cssVar } from '../../ui/palette.ts';
import { ChartFrame, chartTooltip, labelAxis } from './chart-frame.tsx';
import { chartHeight, chartRow, LABEL_PX, labelColumnWidth } from './chart-layout.ts';
import { SERIES_COLOUR } from './chart-legend.tsx';

export function TopicChart({
  topics,
  onToggleTopic,
}: {
  topics: readonly TopicBar[];
  onToggleTopic: (id: string) => void;
}) {
  const anySelected = topics.some((t) => t.selected);
  const max = topics.reduce((most, t) => Math.max(most, t.count), 1);
  const labels = topics.map((t) => t.label);
  return (
    <ChartFrame height={chartHeight(topics.length, { axis: false })} testId="topic-chart">
      {(width) => {
        const column = labelColumnWidth(labels, width, 0.56);
        return (
          <BarChart
            accessibilityLayer={false}
            data={topics.map(chartRow)}
            layout="vertical"
            // Room for the count after the longest bar.
            margin={{ left: 0, right: String(max).length * 8 + 8, top: 4, bottom: 4 }}
          >
            <XAxis type="number" hide domain={[0, max]} />
            {labelAxis(column)}
            {chartTooltip<TopicBar>((topic) => (
              <>
                <strong>{topic.label}</strong>
                <span>{meetingsText(topic.count)}</span>
                <span className="chart-tooltip-hint">
                  {topic.selected ? 'Click to remove it from the filter' : 'Click to filter by it'}
                </span>
              </>
            ))}
            <Bar
              dataKey="count"
              name="Meetings"
              isAnimationActive={false}
              cursor="pointer"
              maxBarSize={22}
              onClick={(entry) => {
                const id = (entry as { payload?: { rowId?: string } }).payload?.rowId;
                if (id) onToggleTopic(id);
              }}
            >
              {topics.map((t) => {
                const chosen = t.selected || !anySelected;
                return (
                  <Cell
                    key={t.id}
                    data-topic={t.id}
                    fill={cssVar(chosen ? SERIES_COLOUR.topicChosen : SERIES_COLOUR.topicOther)}
                    stroke={chosen ? undefined : cssVar('line-strong')}
                  />
                );
              })}
              <LabelList
                dataKey="count"
                position="right"
                fill={cssVar('ink')}
                fontSize={LABEL_PX}
              />
            </Bar>
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
