import { Fragment, memo, useMemo } from 'react';
import type { Lang } from '../../i18n/translate.ts';
import { axisFormat, previewTicks } from './timeline-axis.ts';
import { type MilestoneItemSpec, type TimelineItemSpec, timelineLayout } from './timeline-items.ts';

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/** A dataset period (the ceremony days), as a shaded band across the rows. */
export interface PreviewPeriod {
  start: number;
  end: number;
  label: string;
  lang?: string | undefined;
}

/**
 * A still picture of what vis-timeline will draw in `window`: the axis, the
 * periods' bands, each group's row with its meetings, the milestones' lane,
 * in vis-timeline's sizes and colours. On a phone it stands in for the
 * timeline until the reader reaches it (building vis-timeline costs a slow
 * phone about 400 ms while the page loads); anywhere, it fills the time
 * vis-timeline takes to draw. It takes its room in the page (vis-timeline is
 * drawn over it, hidden, until done), so group names wrap as they will there.
 * Hidden from assistive technology: the canvas' label and the meeting list
 * say the same. A tap on it (not a swipe across it) asks for the real timeline.
 */
export const TimelinePreview = memo(function TimelinePreview({
  specs,
  milestones,
  periods,
  window,
  groupLabels,
  lang,
  onPress,
}: {
  specs: readonly TimelineItemSpec[];
  milestones: readonly MilestoneItemSpec[];
  periods: readonly PreviewPeriod[];
  window: { start: Date; end: Date };
  /** Each row's label, as the timeline writes it (with its count). */
  groupLabels: ReadonlyMap<string, string>;
  lang: Lang;
  onPress: () => void;
}) {
  const layout = useMemo(
    () => timelineLayout(specs, milestones, window, periods.length > 0),
    [specs, milestones, window, periods],
  );
  const ticks = useMemo(() => previewTicks(window, axisFormat(lang)), [window, lang]);
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  const bands = periods.flatMap((period) => {
    const left = Math.max(0, (period.start - from) / span);
    const right = Math.min(1, (period.end - from) / span);
    return right > left ? [{ ...period, left, width: right - left }] : [];
  });
  return (
    <div className="timeline-preview" aria-hidden="true" onClick={onPress}>
      <div className="timeline-preview-axis" style={{ height: layout.axis }}>
        {ticks.major.map((tick) => (
          <span key={`M${tick.left}`} className="major" style={{ left: percent(tick.left) }}>
            {tick.label}
          </span>
        ))}
        {ticks.minor.map((tick) => (
          <span key={`m${tick.left}`} className="minor" style={{ left: percent(tick.left) }}>
            {tick.label}
          </span>
        ))}
      </div>
      {layout.rows.map((row, index) => (
        <Fragment key={row.group}>
          <div className="timeline-preview-label">{groupLabels.get(row.group) ?? ''}</div>
          <div
            className="timeline-preview-lane"
            // Sized in CSS: a line is a pixel shorter on a phone, as vis-timeline draws it.
            style={
              {
                '--lines': row.lines,
                '--inset': `${row.inset}px`,
              } as React.CSSProperties
            }
          >
            {bands.map((band) => (
              <span
                key={`${band.start}:${band.label}`}
                className="band"
                style={{ left: percent(band.left), width: percent(band.width) }}
              >
                {index === 0 && <span lang={band.lang}>{band.label}</span>}
              </span>
            ))}
            {row.items.map((item) => (
              <span
                key={item.id}
                className={
                  item.kind === 'meeting'
                    ? `item meeting format-${item.format}`
                    : `item ${item.kind}${item.uncertain ? ' uncertain' : ''}`
                }
                style={
                  {
                    left: percent(item.left),
                    width: percent(item.width),
                    '--line-index': item.line,
                  } as React.CSSProperties
                }
              >
                {item.label}
              </span>
            ))}
          </div>
        </Fragment>
      ))}
    </div>
  );
});
