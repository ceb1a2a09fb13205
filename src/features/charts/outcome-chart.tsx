/** Agreements signed and planned and other commitments per partner (recharts, loaded lazily). */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { OutcomeRow } from '../../data/chart-data.ts';
import { cssVar } from '../../ui/palette.ts';
import { chartHeight, chartRow } from './chart-layout.ts';

export function OutcomeChart({ rows }: { rows: OutcomeRow[] }) {
  const height = chartHeight(rows.length);
  return (
    <div aria-hidden="true" className="chart-canvas">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 400, height }}>
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
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            // recharts colours legend text like its mark; the text stays ink, so light marks stay readable.
            formatter={(value) => <span style={{ color: cssVar('ink') }}>{value}</span>}
          />
          <Bar
            dataKey="signed"
            name="Signed"
            stackId="o"
            fill={cssVar('outcome-agreement-signed')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="planned"
            name="Planned"
            stackId="o"
            fill={cssVar('outcome-agreement-planned')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="commitment"
            name="Commitment"
            stackId="o"
            fill={cssVar('outcome-commitment')}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
