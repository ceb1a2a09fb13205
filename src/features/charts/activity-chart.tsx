/** Meetings per period, stacked by partner kind (recharts, loaded lazily). */
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import {
  ACTIVITY_KEYS,
  ACTIVITY_LABELS,
  type ActivityRow,
  countTicks,
} from '../../data/chart-data.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { cssVar } from '../../ui/palette.ts';
import { AXIS_TICK, ChartFrame, chartTooltip, stackTotal } from './chart-frame.tsx';
import {
  ACTIVITY_HEIGHT,
  LABEL_PX,
  labelledTicks,
  numberWidth,
  tickWidth,
} from './chart-layout.ts';
import { OUTLINED, SERIES_COLOUR } from './chart-legend.tsx';

const LINE_HEIGHT = 14;
const MARGIN = { left: 0, right: 8, top: 18, bottom: 0 };

export function ActivityChart({ rows }: { rows: readonly ActivityRow[] }) {
  const { t, number } = useTranslator();
  let peak = 0;
  rows.forEach((row, index) => {
    if (row.total > (rows[peak]?.total ?? 0)) peak = index;
  });
  const yTicks = countTicks(rows[peak]?.total ?? 0);
  const yMax = yTicks.at(-1) ?? 1;
  const yWidth = number(yMax).length * 8 + 16;
  const lines = rows.reduce((most, row) => Math.max(most, row.tick.length), 1);
  const need = rows.reduce((most, row) => Math.max(most, tickWidth(row.tick)), 0);
  // Totals above the bars only where they do not collide.
  const totalNeed = numberWidth(number(yMax));
  return (
    <ChartFrame height={ACTIVITY_HEIGHT} testId="activity-chart">
      {(width) => {
        const slot = (width - yWidth - MARGIN.left - MARGIN.right) / Math.max(rows.length, 1);
        const labelled = labelledTicks(rows.length, peak, slot, need);
        // A label on the last bar, centred under it, may be wider than the bar: room for its half.
        const right = labelled.has(rows.length - 1)
          ? Math.max(MARGIN.right, Math.ceil((need - slot) / 2))
          : MARGIN.right;
        return (
          <BarChart accessibilityLayer={false} data={rows} margin={{ ...MARGIN, right }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis
              dataKey="start"
              interval={0}
              height={lines * LINE_HEIGHT + 10}
              tick={({ x, y, index }) => {
                const row = rows[index];
                if (!row || !labelled.has(index)) return <g />;
                return (
                  <text
                    x={x}
                    y={y}
                    textAnchor="middle"
                    fontSize={LABEL_PX}
                    fill={cssVar('ink-soft')}
                    fontWeight={index === peak ? 700 : undefined}
                    data-day={row.start}
                  >
                    {row.tick.map((line, i) => (
                      <tspan key={line} x={x} dy={i === 0 ? LINE_HEIGHT - 2 : LINE_HEIGHT}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                );
              }}
            />
            <YAxis
              width={yWidth}
              ticks={yTicks}
              domain={[0, yMax]}
              interval={0}
              allowDecimals={false}
              tick={AXIS_TICK}
              tickFormatter={number}
            />
            {chartTooltip<ActivityRow>((row) => (
              <>
                <strong>{row.title}</strong>
                <span>{t('charts.meetings', { count: row.total })}</span>
                {ACTIVITY_KEYS.filter((key) => row[key] > 0).map((key) => (
                  <span key={key}>
                    {t('charts.series-count', { series: t(ACTIVITY_LABELS[key]), count: row[key] })}
                  </span>
                ))}
              </>
            ))}
            {ACTIVITY_KEYS.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={t(ACTIVITY_LABELS[key])}
                stackId="kind"
                maxBarSize={72}
                fill={cssVar(SERIES_COLOUR.kind(key))}
                stroke={OUTLINED.has(SERIES_COLOUR.kind(key)) ? cssVar('line-strong') : undefined}
                isAnimationActive={false}
              >
                {slot >= totalNeed && stackTotal(ACTIVITY_KEYS, key, 'top', number)}
              </Bar>
            ))}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
