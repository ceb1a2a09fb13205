/**
 * Meetings per topic as clickable bars (recharts, loaded lazily). No animation
 * on data change: the numbers should simply be right after a click.
 */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { TopicBar } from '../../data/chart-data.ts';
import { cssVar } from '../../ui/palette.ts';
import { ChartFrame } from './chart-frame.tsx';
import { chartHeight, chartRow } from './chart-layout.ts';

// Bars count meetings: the blues that shade the map by meetings.
const SELECTED = cssVar('meetings-3');
const UNSELECTED = cssVar('meetings-0');

export function TopicChart({
  topics,
  onToggleTopic,
}: {
  topics: TopicBar[];
  onToggleTopic: (id: string) => void;
}) {
  const anySelected = topics.some((t) => t.selected);
  return (
    <ChartFrame height={chartHeight(topics.length)} testId="topic-chart">
      <BarChart
        accessibilityLayer={false}
        data={topics.map(chartRow)}
        layout="vertical"
        margin={{ left: 8, right: 24, top: 4, bottom: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip cursor={{ fill: cssVar('brand-soft') }} />
        <Bar
          dataKey="count"
          name="Meetings"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const id = (entry as { payload?: { rowId?: string } }).payload?.rowId;
            if (id) onToggleTopic(id);
          }}
        >
          {topics.map((t) => (
            <Cell
              key={t.id}
              data-topic={t.id}
              fill={t.selected || !anySelected ? SELECTED : UNSELECTED}
            />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
