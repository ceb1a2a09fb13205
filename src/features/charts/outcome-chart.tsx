/** Agreements signed and planned and other commitments per partner (recharts, loaded lazily). */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { OUTCOME_SERIES, type OutcomeRow } from '../../data/chart-data.ts';
import { OUTCOME_LABELS } from '../../data/labels.ts';
import { cssVar } from '../../ui/palette.ts';
import { ChartFrame, inkLegend } from './chart-frame.tsx';
import { chartHeight, chartRow } from './chart-layout.ts';

export function OutcomeChart({ rows }: { rows: OutcomeRow[] }) {
  return (
    <ChartFrame height={chartHeight(rows.length)}>
      <BarChart
        accessibilityLayer={false}
        data={rows.map(chartRow)}
        layout="vertical"
        margin={{ left: 8, right: 24, top: 4, bottom: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip />
        {inkLegend()}
        {OUTCOME_SERIES.map(({ key, type }) => (
          <Bar
            key={key}
            dataKey={key}
            name={OUTCOME_LABELS[type]}
            stackId="o"
            fill={cssVar(`outcome-${type}`)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
