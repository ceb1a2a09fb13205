/** Meetings per period, stacked by partner kind (recharts, loaded lazily). */
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
import { ACTIVITY_KEYS, ACTIVITY_LABELS, type ActivityRow } from '../../data/chart-data.ts';
import { KIND_COLORS } from '../../ui/palette.ts';
import { ACTIVITY_HEIGHT } from './chart-layout.ts';

const KEY_COLORS = { ...KIND_COLORS, none: '#5a6678' } as const;

export function ActivityChart({ rows }: { rows: ActivityRow[] }) {
  return (
    <div aria-hidden="true" className="chart-canvas">
      <ResponsiveContainer
        width="100%"
        height={ACTIVITY_HEIGHT}
        initialDimension={{ width: 400, height: ACTIVITY_HEIGHT }}
      >
        <BarChart
          accessibilityLayer={false}
          data={rows}
          margin={{ left: 0, right: 8, top: 4, bottom: 4 }}
        >
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {ACTIVITY_KEYS.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={ACTIVITY_LABELS[key]}
              stackId="kind"
              fill={KEY_COLORS[key]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
