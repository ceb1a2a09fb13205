/**
 * What each chart's colours mean, as a list of real text under the chart (so
 * it shows before recharts loads and screen readers can read it). The chart
 * and its legend read their colour from the same token here.
 */
import type { CSSProperties } from 'react';
import type { ActivityKey } from '../../data/chart-data.ts';
import type { Outcome } from '../../data/schema.ts';
import { cssVar } from '../../ui/palette.ts';

/** Palette tokens (src/ui/palette.ts) of each chart's marks. */
export const SERIES_COLOUR = {
  /** Topic bars count meetings: the blues that shade the map by meetings. */
  topicChosen: 'meetings-3',
  topicOther: 'meetings-0',
  kind: (key: ActivityKey) => `kind-${key}`,
  outcome: (type: Outcome['type']) => `outcome-${type}`,
};

/** The lightest marks ("No partner", unchosen topics) need an outline to stand out from the card. */
export const OUTLINED = new Set([SERIES_COLOUR.kind('none'), SERIES_COLOUR.topicOther]);

export function ChartLegend({
  label,
  items,
}: {
  label: string;
  items: { token: string; text: string }[];
}) {
  return (
    <ul className="legend chart-legend" aria-label={label}>
      {items.map(({ token, text }) => (
        <li key={token}>
          <span
            className={OUTLINED.has(token) ? 'swatch outlined' : 'swatch'}
            style={{ '--fill': cssVar(token) } as CSSProperties}
            aria-hidden="true"
          />
          {text}
        </li>
      ))}
    </ul>
  );
}
