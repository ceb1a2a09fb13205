/** Agreements signed and planned and other commitments per partner (recharts, loaded lazily). */
import { Bar, BarChart, CartesianGrid, XAxis } from 'recharts';
import { countTicks, OUTCOME_SERIES, type OutcomeRow } from '../../data/chart-data.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { cssVar } from '../../ui/palette.ts';
import { AXIS_TICK, ChartFrame, chartTooltip, labelAxis, stackTotal } from './chart-frame.tsx';
import { chartHeight, chartRow, labelColumnWidth } from './chart-layout.ts';
import { SERIES_COLOUR } from './chart-legend.tsx';

const SERIES_KEYS = OUTCOME_SERIES.map(({ key }) => key);

/** A count of each series in words, for the tooltip: "2 agreements signed". */
const WORDS: Record<(typeof SERIES_KEYS)[number], MessageKey> = {
  signed: 'charts.outcome-signed',
  planned: 'charts.outcome-planned',
  commitment: 'charts.outcome-commitment',
};

export function OutcomeChart({ rows }: { rows: readonly OutcomeRow[] }) {
  const { t, number } = useTranslator();
  const ticks = countTicks(rows.reduce((most, row) => Math.max(most, row.total), 0));
  const max = ticks.at(-1) ?? 1;
  const labels = rows.map((row) => row.label);
  return (
    <ChartFrame height={chartHeight(rows.length)} testId="outcome-chart">
      {(width) => {
        const column = labelColumnWidth(labels, width, 0.4);
        return (
          <BarChart
            accessibilityLayer={false}
            data={rows.map(chartRow)}
            layout="vertical"
            margin={{ left: 0, right: number(max).length * 8 + 12, top: 4, bottom: 4 }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis
              type="number"
              ticks={ticks}
              domain={[0, max]}
              interval={0}
              allowDecimals={false}
              tick={AXIS_TICK}
              tickFormatter={number}
            />
            {labelAxis(column)}
            {chartTooltip<OutcomeRow>((row) => (
              <>
                <strong>{row.label}</strong>
                {OUTCOME_SERIES.filter(({ key }) => row[key] > 0).map(({ key }) => (
                  <span key={key}>{t(WORDS[key], { count: row[key] })}</span>
                ))}
              </>
            ))}
            {OUTCOME_SERIES.map(({ key, type }) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="o"
                fill={cssVar(SERIES_COLOUR.outcome(type))}
                maxBarSize={22}
                isAnimationActive={false}
              >
                {stackTotal(SERIES_KEYS, key, 'right', number)}
              </Bar>
            ))}
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
