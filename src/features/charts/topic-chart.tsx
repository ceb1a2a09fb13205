/**
 * Meetings per topic as clickable bars with their counts (recharts, loaded
 * lazily). No animation on data change: the numbers should simply be right
 * after a click.
 */
import { Bar, BarChart, Cell, LabelList, XAxis } from 'recharts';
import type { TopicBar } from '../../data/chart-data.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
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
  const { t, number } = useTranslator();
  const anySelected = topics.some((bar) => bar.selected);
  const max = topics.reduce((most, bar) => Math.max(most, bar.count), 1);
  const labels = topics.map((bar) => bar.label);
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
            margin={{ left: 0, right: number(max).length * 8 + 8, top: 4, bottom: 4 }}
          >
            <XAxis type="number" hide domain={[0, max]} />
            {labelAxis(column)}
            {chartTooltip<TopicBar>((topic) => (
              <>
                <strong>{topic.label}</strong>
                <span>{t('charts.meetings', { count: topic.count })}</span>
                <span className="chart-tooltip-hint">
                  {t(topic.selected ? 'charts.topic-hint-remove' : 'charts.topic-hint-add')}
                </span>
              </>
            ))}
            <Bar
              dataKey="count"
              name={t('charts.meetings-column')}
              isAnimationActive={false}
              cursor="pointer"
              maxBarSize={22}
              onClick={(entry) => {
                const id = (entry as { payload?: { rowId?: string } }).payload?.rowId;
                if (id) onToggleTopic(id);
              }}
            >
              {topics.map((bar) => {
                const chosen = bar.selected || !anySelected;
                return (
                  <Cell
                    key={bar.id}
                    data-topic={bar.id}
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
                formatter={(value) => (typeof value === 'number' ? number(value) : value)}
              />
            </Bar>
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
