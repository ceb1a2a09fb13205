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
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="signed"
            name="Signed"
            stackId="o"
            fill="#1b6e3a"
            isAnimationActive={false}
          />
          <Bar
            dataKey="planned"
            name="Planned"
            stackId="o"
            fill="#b07a12"
            isAnimationActive={false}
          />
          <Bar
            dataKey="commitment"
            name="Commitment"
            stackId="o"
            fill="#7fa3c0"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
