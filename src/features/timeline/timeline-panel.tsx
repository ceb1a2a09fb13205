import { memo, useMemo } from 'react';
import type { Filters } from '../../data/filters.ts';
import { focusRange } from '../../data/focus-range.ts';
import { FORMAT_LABELS } from '../../data/labels.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting, MeetingFormat } from '../../data/schema.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { DownloadMenu } from '../../ui/download-menu.tsx';
import { meetingDownloadItems } from '../../ui/meeting-downloads.ts';
import { preloadable } from '../../ui/preloadable.tsx';
import { WhenVisible } from '../../ui/when-visible.tsx';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import {
  AGGREGATE_THRESHOLD,
  estimatedCanvasHeight,
  groupCounts,
  MIN_ROW_HEIGHT,
  meetingItems,
  milestoneItems,
  windowForDays,
} from './timeline-items.ts';
import './timeline-panel.css';

// vis-timeline and moment are large; they arrive after the page is usable.
// `preloadTimeline` fetches the code ahead of need (the page calls it while the data loads).
const { Component: TimelineCanvas, preload } = preloadable(() =>
  import('./timeline-canvas.tsx').then((m) => m.TimelineCanvas),
);
export const preloadTimeline = preload;

/**
 * Stands in for the timeline until its code has loaded, about as tall as the
 * timeline will be, so the cards below it do not jump down when it draws.
 */
function TimelinePlaceholder({
  prepared,
  meetings,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
}) {
  const lang = useTranslator();
  const height = useMemo(() => {
    const range = focusRange(meetings.map((m) => m.date));
    const window = range && windowForDays(range.from, range.to);
    const milestones = milestoneItems(prepared.data.convention?.milestones ?? [], lang);
    const periods = (prepared.data.periods?.length ?? 0) > 0;
    // Counted boxes never stack: one line per row, and no need to build them here.
    if (meetings.length > AGGREGATE_THRESHOLD) {
      const rows = groupCounts(meetings, prepared.partnerById).size;
      return estimatedCanvasHeight([], milestones, window, periods) + rows * MIN_ROW_HEIGHT;
    }
    const specs = meetingItems(
      meetings,
      prepared.partnerById,
      { expanded: new Set(), selectedId: null },
      lang,
    );
    return estimatedCanvasHeight(specs, milestones, window, periods);
  }, [prepared, meetings, lang]);
  return (
    <div
      className="timeline-placeholder"
      style={{ '--canvas-estimate': `${height}px` } as React.CSSProperties}
    >
      {lang.t('timeline.loading')}
    </div>
  );
}

/** Memoised: re-renders when its data changes, not on every URL change. */
export const TimelinePanel = memo(function TimelinePanel({
  prepared,
  meetings,
  selectedId,
  filters,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
  selectedId: string | null;
  /** For the file names of its downloads. */
  filters: Filters;
}) {
  const { t } = useTranslator();
  const { updateFilters } = useStableUrlActions();
  const aggregated = meetings.length > AGGREGATE_THRESHOLD;
  const formats = [...new Set(meetings.map((m) => m.format))].sort() as MeetingFormat[];
  return (
    <section className="card timeline-card" aria-labelledby="timeline-title">
      <div className="card-head">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <p className="muted small">{t('timeline.help')}</p>
        {meetings.length > 0 && (
          <DownloadMenu
            label={t('timeline.download-label')}
            buttonText={t('timeline.download')}
            items={meetingDownloadItems(prepared, meetings, filters)}
          />
        )}
      </div>
      {aggregated && (
        <p className="small timeline-note">
          {t('timeline.aggregated-note', { count: meetings.length })}
        </p>
      )}
      {meetings.length === 0 && <p className="view-empty">{t('timeline.empty')}</p>}
      <ul
        className="legend"
        aria-label={t('timeline.legend')}
        hidden={aggregated || meetings.length === 0}
      >
        {formats.map((format) => (
          <li key={format}>
            <span className={`swatch format-${format}`} aria-hidden="true" />
            {t(FORMAT_LABELS[format])}
          </li>
        ))}
      </ul>
      {/* Kept mounted while nothing matches, so the timeline is not rebuilt. */}
      <div hidden={meetings.length === 0}>
        <WhenVisible
          preload={preload}
          placeholder={<TimelinePlaceholder prepared={prepared} meetings={meetings} />}
        >
          <TimelineCanvas
            prepared={prepared}
            meetings={meetings}
            selectedId={selectedId}
            onSelectDays={(from, to) => updateFilters((current) => ({ ...current, from, to }))}
          />
        </WhenVisible>
      </div>
    </section>
  );
});
