/**
 * What every chart shares (recharts, loaded with the charts): a box sized for
 * the chart, hidden from assistive technology because the table beside it
 * carries the same numbers, and a legend whose text stays readable.
 */
import type { ReactElement } from 'react';
import { Legend, ResponsiveContainer } from 'recharts';
import { cssVar } from '../../ui/palette.ts';

export function ChartFrame({
  height,
  testId,
  children,
}: {
  height: number;
  testId?: string;
  children: ReactElement;
}) {
  return (
    <div aria-hidden="true" className="chart-canvas" data-testid={testId}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 400, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * A legend for stacked bars. recharts colours legend text like its mark; the
 * text stays ink, so the lightest marks still have readable labels. A function,
 * not a component: recharts finds its Legend among the chart's direct children.
 */
export function inkLegend() {
  return (
    <Legend
      wrapperStyle={{ fontSize: 12 }}
      formatter={(value) => <span style={{ color: cssVar('ink') }}>{value}</span>}
    />
  );
}
