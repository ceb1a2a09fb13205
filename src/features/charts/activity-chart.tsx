/** Meetings per period, stacked by partner kind (recharts, loaded lazily). */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTIVITY_KEYS, ACTIVITY_LABELS, type ActivityRow } from '../../data/chart-data.ts';
import { cssVar } from '../../ui/palette.ts';
import { ChartFrame, inkLegend } from './chart-frame.tsx';
import { ACTIVITY_HEIGHT } from './chart-layout.ts';

export function ActivityChart({ rows }: { rows: ActivityRow[] }) {
  return (
    <ChartFrame height={ACTIVITY_HEIGHT}>
      <BarChart
        accessibilityLayer={false}
        data={rows}
        margin={{ left: 0, right: 8, top: 4, bottom: 4 }}
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip />
        {inkLegend()}
        {ACTIVITY_KEYS.map((key) => (
          <Bar
            key={key}
            dataKey={key}
            name={ACTIVITY_LABELS[key]}
            stackId="kind"
            fill={cssVar(`kind-${key}`)}
            // The lightest grey needs an outline to stand out from the card.
            stroke={key === 'none' ? cssVar('line-strong') : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
