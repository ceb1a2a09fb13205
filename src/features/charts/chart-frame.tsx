/**
 * What every chart shares (recharts, loaded with the charts): a box sized for
 * the chart and hidden from assistive technology, because the table beside it
 * carries the same numbers; and a tooltip drawn like the app's other tooltips.
 */
import { type ReactElement, type ReactNode, useState } from 'react';
import { LabelList, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import { cssVar } from '../../ui/palette.ts';
import { LABEL_PX, labelWrapWidth } from './chart-layout.ts';

/** recharts' first guess at a width, before the box is measured. */
const GUESS_WIDTH = 400;

export function ChartFrame({
  height,
  testId,
  children,
}: {
  height: number;
  testId: string;
  /** Draws the chart for the box's width (label columns and tick spacing depend on it). */
  children: (width: number) => ReactElement;
}) {
  // Local UI state: the box's measured width.
  const [width, setWidth] = useState(GUESS_WIDTH);
  return (
    <div aria-hidden="true" className="chart-canvas" data-testid={testId}>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: GUESS_WIDTH, height }}
        onResize={(measured) => setWidth(Math.round(measured))}
      >
        {children(width)}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * A tooltip that tells what one bar (or stack) means, in words. A function,
 * not a component, like recharts' own children.
 */
export function chartTooltip<Row>(describe: (row: Row) => ReactNode) {
  return (
    <Tooltip
      cursor={{ fill: cssVar('brand-soft') }}
      isAnimationActive={false}
      content={({ active, payload }) => {
        const row = payload?.[0]?.payload as Row | undefined;
        return active && row ? <div className="chart-tooltip">{describe(row)}</div> : null;
      }}
    />
  );
}

/**
 * The axis text colour and size, from the app's styles rather than recharts'
 * defaults. The size goes in `style` too: recharts measures a label with its
 * style to decide where to wrap it.
 */
export const AXIS_TICK = {
  fontSize: LABEL_PX,
  fill: cssVar('ink-soft'),
  style: { fontSize: `${LABEL_PX}px` },
};

/**
 * The column of row labels of a horizontal bar chart, `column` px wide, its
 * labels wrapped to fit. A function, not a component, like `chartTooltip`.
 */
export function labelAxis(column: Parameters<typeof labelWrapWidth>[0]) {
  return (
    <YAxis
      type="category"
      dataKey="label"
      width={column}
      tick={{ ...AXIS_TICK, fill: cssVar('ink'), ...labelWrapWidth(column) }}
      tickLine={false}
      interval={0}
    />
  );
}

/**
 * The total of a stacked bar, written past its end. Put it in every series of
 * the stack: only the outermost segment that is drawn writes it (a zero-sized
 * segment has nowhere to put a label).
 */
export function stackTotal<Key extends string>(
  keys: readonly Key[],
  key: Key,
  position: 'top' | 'right',
  format: (value: number) => string,
) {
  return (
    <LabelList
      position={position}
      fill={cssVar('ink')}
      fontSize={LABEL_PX}
      valueAccessor={(entry) => {
        const row = entry.payload as Record<Key, number> & { total: number };
        return keys.findLast((k) => row[k] > 0) === key ? format(row.total) : null;
      }}
    />
  );
}
