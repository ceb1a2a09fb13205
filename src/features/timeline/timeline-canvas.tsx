/**
 * The one wrapper around vis-timeline. React owns the container; vis-timeline
 * owns everything inside it. Created once per dataset, destroyed on unmount,
 * and kept in step with the filters by diffing items (DataSet update/remove),
 * never by rebuilding.
 */
import moment from 'moment';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import {
  type DataItem,
  Timeline,
  type TimelineOptions,
  type TimelineTimeAxisOption,
} from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { formatDaySpan } from '../../data/dates.ts';
import { focusRange } from '../../data/focus-range.ts';
import { type LocalText, localText } from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting, Period } from '../../data/schema.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { Lang } from '../../i18n/translate.ts';
import { useHalfInView } from '../../ui/use-half-in-view.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import { axisFormat } from './timeline-axis.ts';
import {
  AGGREGATE_THRESHOLD,
  aggregateItems,
  groupCounts,
  HANOI_OFFSET,
  itemSignature,
  MILESTONE_GROUP,
  type MilestoneItemSpec,
  meetingItems,
  milestoneExtent,
  milestoneItems,
  periodRange,
  TIMELINE_GROUPS,
  type TimelineGroupId,
  type TimelineItemSpec,
  windowForDays,
} from './timeline-items.ts';
import { TimelinePreview } from './timeline-preview.tsx';
import './timeline.css';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface VisItem {
  id: string;
  start: string;
  end?: string;
  group?: string;
  type?: 'box' | 'range' | 'background';
  className?: string;
  content: HTMLElement | string;
  title?: HTMLElement | string;
  selectable?: boolean;
}

function textElement(tag: 'span' | 'div', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text; // data is text, never HTML
  return element;
}

function meetingContent(spec: TimelineItemSpec): HTMLElement {
  const content = textElement('span', '');
  content.append(textElement('span', spec.label));
  if (spec.detail) {
    // Dropped by CSS when the day is too narrow for it; the colour still says it.
    const detail = textElement('span', ` · ${spec.detail}`);
    detail.className = 'item-detail';
    content.append(detail);
  }
  return content;
}

function toVisItem(spec: TimelineItemSpec): VisItem {
  return {
    id: spec.id,
    start: spec.start,
    end: spec.end,
    group: spec.group,
    type: 'range',
    className: spec.kind === 'meeting' ? `meeting format-${spec.format}` : spec.kind,
    content: spec.kind === 'meeting' ? meetingContent(spec) : textElement('span', spec.label),
    title: textElement('div', spec.title),
  };
}

interface VisGroup {
  id: TimelineGroupId | typeof MILESTONE_GROUP.id;
  content: string;
  order: number;
}

/**
 * The groups that have items, each labelled with its count of matching
 * meetings, then the milestones' lane (the same whatever the filters).
 */
function groupsFor(
  specs: readonly TimelineItemSpec[],
  counts: ReadonlyMap<TimelineGroupId, number>,
  milestones: number,
  { t }: Lang,
): VisGroup[] {
  const present = new Set(specs.map((s) => s.group));
  const groups: VisGroup[] = TIMELINE_GROUPS.flatMap((g, order) =>
    present.has(g.id)
      ? [
          {
            id: g.id,
            content: t('timeline.group-count', { group: t(g.label), count: counts.get(g.id) ?? 0 }),
            order,
          },
        ]
      : [],
  );
  if (milestones > 0) {
    groups.push({
      id: MILESTONE_GROUP.id,
      content: t('timeline.group-count', { group: t(MILESTONE_GROUP.label), count: milestones }),
      order: TIMELINE_GROUPS.length,
    });
  }
  return groups;
}

/** Text from the dataset; English shown for want of a translation says it is English. */
function localTextElement(value: LocalText, locale: Locale): HTMLElement {
  const element = textElement('span', value.text);
  if (value.lang !== locale) element.lang = value.lang;
  return element;
}

/** The dataset's periods as labelled background bands. */
function periodItems(periods: readonly Period[], { locale }: Lang): VisItem[] {
  return periods.map((period, index) => ({
    id: `period:${index}`,
    ...periodRange(period),
    type: 'background',
    className: 'period',
    content: localTextElement(localText(period, 'label', locale), locale),
  }));
}

function milestoneVisItem(milestone: MilestoneItemSpec): VisItem {
  return {
    id: milestone.id,
    start: milestone.start,
    end: milestone.end,
    group: MILESTONE_GROUP.id,
    type: 'range',
    className: milestone.uncertain ? 'milestone uncertain' : 'milestone',
    content: textElement('span', milestone.label),
    title: textElement('div', milestone.title),
    selectable: false,
  };
}

/**
 * Day ticks whenever a day is wide enough for a label: weekday and day when
 * there is room, the day alone, or every other day; vis-timeline's own choice
 * (`{}`) beyond that. Its automatic scale wants room for seven characters per
 * label, so on its own it drops to months while days could still be read.
 */
function axisFor(windowMs: number, widthPx: number): TimelineTimeAxisOption {
  const pxPerDay = widthPx / (windowMs / DAY);
  if (pxPerDay >= 52) return { scale: 'weekday', step: 1 };
  if (pxPerDay >= 22) return { scale: 'day', step: 1 };
  if (pxPerDay >= 11) return { scale: 'day', step: 2 };
  return {};
}

/** From the first to the last of the meetings (`all`, their window) and the milestones. */
function extentOf(
  all: { start: Date; end: Date } | undefined,
  milestones: readonly MilestoneItemSpec[],
): [number, number] | null {
  const marks = milestoneExtent(milestones);
  if (!all) return marks;
  const [first, last] = [all.start.getTime(), all.end.getTime()];
  return marks ? [Math.min(first, marks[0]), Math.max(last, marks[1])] : [first, last];
}

/** A window as long as `focus`, ending ten days before `first`: nothing is in it. */
function parkedWindow(focus: { start: Date; end: Date }, first: Date) {
  const end = first.getTime() - 10 * DAY;
  return {
    start: new Date(end - (focus.end.getTime() - focus.start.getTime())),
    end: new Date(end),
  };
}

/** The page's phone layout (see the stylesheets' 40rem breakpoint). */
const PHONE_MEDIA = '(max-width: 40rem)';

/** Beyond this window, items are no longer stacked (see `fitAxis`). */
const UNSTACK_BEYOND_MS = 120 * DAY;

const axisKeyOf = (axis: TimelineTimeAxisOption) => `${axis.scale}:${axis.step}`;

/**
 * Which window the timeline keeps: the days holding most matching meetings,
 * all of their dates, or wherever the person panned or zoomed to (kept when
 * the filters change).
 */
type WindowMode = 'focus' | 'all' | 'manual';

export function TimelineCanvas({
  prepared,
  meetings,
  selectedId,
  onSelectDays,
}: {
  prepared: PreparedDataset;
  meetings: Meeting[];
  selectedId: string | null;
  /** Called when an aggregate box (a count for a period) is clicked. */
  onSelectDays: (from: string, to: string) => void;
}) {
  const lang = useTranslator();
  const { t, tag } = lang;
  const containerRef = useRef<HTMLElement>(null);
  /** The canvas with the preview that stands in for it (see TimelinePreview). */
  const stageRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null);
  const signaturesRef = useRef(new Map<string, string>());
  const { openMeeting } = useStableUrlActions();
  const openRef = useRef(openMeeting);
  useEffect(() => {
    openRef.current = openMeeting;
  }, [openMeeting]);

  // Local UI state: crowded days opened with their "+N more" block, and which
  // window to keep.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [mode, setMode] = useState<WindowMode>('focus');
  const modeRef = useRef(mode);
  modeRef.current = mode;

  const aggregated = meetings.length > AGGREGATE_THRESHOLD;
  const specs = useMemo(
    () =>
      aggregated
        ? aggregateItems(meetings, prepared.partnerById, lang)
        : meetingItems(meetings, prepared.partnerById, { expanded, selectedId }, lang),
    [aggregated, meetings, prepared, expanded, selectedId, lang],
  );
  const counts = useMemo(() => groupCounts(meetings, prepared.partnerById), [meetings, prepared]);
  const range = useMemo(() => focusRange(meetings.map((m) => m.date)), [meetings]);
  const windows = useMemo(
    () =>
      range && {
        focus: windowForDays(range.from, range.to),
        all: windowForDays(range.allFrom, range.allTo),
      },
    [range],
  );
  // The convention's milestones: context drawn whatever the filters, once per dataset and language.
  const milestones = useMemo(
    () => milestoneItems(prepared.data.convention?.milestones ?? [], lang),
    [prepared, lang],
  );
  // Read when the timeline is made; a change of language later updates the
  // milestones, periods and axis in place (see below) rather than rebuilding it.
  const milestonesRef = useRef(milestones);
  milestonesRef.current = milestones;
  const langRef = useRef<Lang>(lang);
  langRef.current = lang;
  /** The language the timeline's own texts (axis, periods, milestones) are in. */
  const drawnLangRef = useRef<Lang | null>(null);
  // Whether vis-timeline has shown itself (local UI state): it keeps its drawing
  // hidden until its first window has settled. Till then the picture holds its
  // place, as tall as the timeline will be, so the cards below do not jump.
  const [shown, setShown] = useState(false);
  const windowsRef = useRef(windows);
  windowsRef.current = windows;

  const onSelectDaysRef = useRef(onSelectDays);
  useEffect(() => {
    onSelectDaysRef.current = onSelectDays;
  }, [onSelectDays]);
  const specsRef = useRef(specs);
  specsRef.current = specs;
  const meetingsRef = useRef(meetings);
  meetingsRef.current = meetings;
  // The item last clicked here: it is in view already, so opening it must not
  // move the timeline under the pointer.
  const clickedRef = useRef<string | null>(null);
  const drawnRef = useRef(false);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  // On a phone, built once the reader has scrolled to half of the drawing
  // area (it starts at the bottom of the first screen), or when a control
  // needs it; on a wider screen, as soon as its panel is in sight.
  const [reached, reach] = useHalfInView(stageRef, PHONE_MEDIA);
  /** A zoom asked for before vis-timeline was built, done once it has drawn. */
  const pendingZoomRef = useRef<number | null>(null);

  // Create once per dataset. The DataSet is filled before the Timeline exists,
  // so its first draw already shows the focused window.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !reached) return;
    const initial = specsRef.current;
    const milestones = milestonesRef.current;
    const lang = langRef.current;
    const items = new DataSet<VisItem, 'id'>(initial.map(toVisItem));
    items.add(periodItems(prepared.data.periods ?? [], lang));
    items.add(milestones.map(milestoneVisItem));
    signaturesRef.current = new Map(initial.map((s) => [s.id, itemSignature(s)]));
    const groups = new DataSet<VisGroup, 'id'>(
      groupsFor(
        initial,
        groupCounts(meetingsRef.current, prepared.partnerById),
        milestones.length,
        lang,
      ),
    );
    const initialWindow = windowsRef.current;
    // Zooming out reaches every meeting and every milestone (back to 2019 for the convention).
    const extent = extentOf(initialWindow?.all, milestones);
    const allSpan = extent ? extent[1] - extent[0] : 0;
    // Built on an empty stretch of time before the first meeting, then moved
    // onto the meetings on its first draw: vis-timeline draws and measures an
    // item added in view on its own (a forced layout each), but all the items
    // a window move brings into view in one pass.
    const parked = initialWindow && parkedWindow(initialWindow.focus, initialWindow.all.start);
    const options: TimelineOptions = {
      ...(parked ?? {}),
      onInitialDrawComplete: () => setShown(true),
      moment: (date: moment.MomentInput) => moment(date).utcOffset(HANOI_OFFSET),
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      // Every group in sight: the timeline is as tall as its rows (a crowded
      // day shows a "+N more" block instead of growing without end).
      verticalScroll: false,
      minHeight: 120,
      zoomMin: DAY,
      // Never narrower than the data: vis-timeline clamps the window to zoomMax.
      zoomMax: Math.max(5 * 366 * DAY, allSpan * 1.5),
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      groupOrder: 'order',
      // A first guess from the container's width (less the group labels'
      // column), so the first draw already has day labels.
      timeAxis: initialWindow
        ? axisFor(
            initialWindow.focus.end.getTime() - initialWindow.focus.start.getTime(),
            container.clientWidth - 120,
          )
        : {},
      // Labels through Intl in the interface language, on Hanoi days.
      format: axisFormat(lang),
      // With periods, leave a strip under the axis for their labels.
      margin: {
        item: { horizontal: 0, vertical: 3 },
        axis: prepared.data.periods?.length ? 22 : 6,
      },
      align: 'left',
      tooltip: { followMouse: false, overflowMethod: 'cap', delay: 200 },
    };
    // vis-timeline accepts DOM nodes as content and title, its types only strings.
    const visItems = items as unknown as DataSet<DataItem, 'id'>;
    const timeline = new Timeline(container, visItems, groups, options);
    // Registered first, so every other "changed" listener already sees the meetings' window.
    // The items are drawn on the next frame, still hidden.
    const itemsDrawn = () => {
      timeline.off('changed', itemsDrawn);
      const factor = pendingZoomRef.current;
      pendingZoomRef.current = null;
      if (factor !== null) zoomRef.current(factor);
    };
    const moveToMeetings = () => {
      timeline.off('changed', moveToMeetings);
      drawnRef.current = true;
      if (initialWindow) {
        // "All dates" may have been pressed before the timeline was built.
        const { start, end } = initialWindow[modeRef.current === 'all' ? 'all' : 'focus'];
        timeline.setWindow(start, end, { animation: false });
      }
      timeline.on('changed', itemsDrawn);
      timeline.setOptions({});
    };
    timeline.on('changed', moveToMeetings);
    timeline.on('select', (event: { items: (string | number)[] }) => {
      const id = event.items[0];
      if (typeof id !== 'string' || id.startsWith('period:') || id.startsWith('milestone:')) return;
      if (id.startsWith('aggregate:')) {
        const spec = specsRef.current.find((s) => s.id === id);
        timeline.setSelection([]);
        if (spec?.days) onSelectDaysRef.current(spec.days.from, spec.days.to);
        return;
      }
      if (id.startsWith('more:')) {
        timeline.setSelection(selectedRef.current ? [selectedRef.current] : []);
        const key = id.slice('more:'.length);
        setExpanded((current) => new Set(current).add(key));
        return;
      }
      clickedRef.current = id;
      // Escape or Close in the meeting brings focus back to the timeline.
      openRef.current(id, { returnFocusTo: container });
    });
    // Day labels follow the zoom and the width (the meeting panel narrows it).
    // Changed a frame later: vis-timeline misses its own first "draw done"
    // step when its options change while it is drawing.
    let axisKey = axisKeyOf(options.timeAxis ?? {});
    let stacked = true;
    let axisFrame = 0;
    const fitAxis = () => {
      cancelAnimationFrame(axisFrame);
      axisFrame = requestAnimationFrame(() => {
        const { start, end } = timeline.getWindow();
        const center = container.querySelector<HTMLElement>('.vis-panel.vis-center');
        const span = end.getTime() - start.getTime();
        const axis = axisFor(span, center?.clientWidth ?? 0);
        // Zoomed out past a few months, days are slivers: stacking them would
        // pile a day's meetings into a tower hundreds of pixels tall. Laid on
        // one line per row instead, each row stays a strip of marks.
        const stack = span <= UNSTACK_BEYOND_MS;
        if (axisKeyOf(axis) === axisKey && stack === stacked) return;
        axisKey = axisKeyOf(axis);
        stacked = stack;
        timeline.setOptions({ timeAxis: axis, stack });
      });
    };
    // The visible range, readable by tests and the benchmark without reaching
    // into vis-timeline's internals.
    const recordWindow = () => {
      const { start, end } = timeline.getWindow();
      container.dataset.windowStart = start.toISOString();
      container.dataset.windowEnd = end.toISOString();
    };
    timeline.on('rangechange', (event: { byUser?: boolean }) => {
      if (event.byUser) setMode('manual');
      fitAxis();
    });
    // With a start and end given, vis-timeline shows itself on the first
    // redraw after its first "rangechanged" (200 ms after it set the window);
    // ask for that redraw rather than wait for a click to cause one. Not with
    // `redraw()`: that also re-measures every item one by one, a forced layout
    // each (~280 ms at 4x CPU slowdown), although the items were measured when
    // they were drawn. An empty `setOptions` redraws on the next frame as is.
    let shown = false;
    timeline.on('rangechanged', () => {
      recordWindow();
      if (shown) return;
      shown = true;
      timeline.setOptions({});
    });
    timeline.on('changed', () => {
      fitAxis();
      recordWindow();
    });
    timelineRef.current = timeline;
    drawnLangRef.current = lang;
    drawnRef.current = false;
    itemsRef.current = items;
    groupsRef.current = groups;
    return () => {
      cancelAnimationFrame(axisFrame);
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
  }, [prepared, reached]);

  // The language changed: the axis, the periods' and the milestones' words
  // follow in place (the meetings and the groups follow with the filters' diff).
  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    if (!timeline || !items || drawnLangRef.current === lang) return;
    drawnLangRef.current = lang;
    items.update([
      ...periodItems(prepared.data.periods ?? [], lang),
      ...milestones.map(milestoneVisItem),
    ]);
    timeline.setOptions({ format: axisFormat(lang) });
  }, [lang, prepared, milestones]);

  // Filters changed: send only the difference, after the next paint. The page
  // already answers the click before this view re-renders (useAfterPaint);
  // waiting once more lets the map, charts and list that re-rendered with it
  // reach the screen before vis-timeline's layout takes the main thread.
  // Unless the person has moved the timeline since, it then shows the new
  // matching meetings' main dates (or all of them, if that was asked for).
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const items = itemsRef.current;
        const groups = groupsRef.current;
        const timeline = timelineRef.current;
        if (!items || !groups || !timeline) return;
        const previous = signaturesRef.current;
        const next = new Map(specs.map((s) => [s.id, itemSignature(s)]));
        const removed = [...previous.keys()].filter((id) => !next.has(id));
        const changed = specs.filter((s) => previous.get(s.id) !== next.get(s.id));
        if (removed.length > 0) items.remove(removed);
        if (changed.length > 0) items.update(changed.map(toVisItem));
        signaturesRef.current = next;
        // The open meeting may have just come back into the filtered set.
        const selected = selectedRef.current;
        if (selected && items.get(selected)) timeline.setSelection([selected]);

        const wanted = groupsFor(specs, counts, milestones.length, lang);
        const stale = groups.getIds().filter((id) => !wanted.some((g) => g.id === id));
        if (stale.length > 0) groups.remove(stale);
        const different = wanted.filter((g) => groups.get(g.id)?.content !== g.content);
        if (different.length > 0) groups.update(different);

        const mode = modeRef.current;
        const target = mode === 'manual' ? null : windows?.[mode];
        if (target) timeline.setWindow(target.start, target.end, { animation: false });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [specs, counts, windows, milestones, lang]);

  // The open meeting (from here, the list or a link) is selected and in view.
  // vis-timeline draws on the first frame after it is created; a window set
  // before then is lost, so wait for that draw. Runs again once the timeline
  // is built, for a meeting opened before the reader reached it.
  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    if (!reached || !timeline || !items) return;
    const clicked = clickedRef.current;
    clickedRef.current = null;
    const reveal = () => {
      const item = selectedId ? items.get(selectedId) : null;
      timeline.setSelection(item ? [item.id] : []);
      if (!item || item.id === clicked) return;
      const { start, end } = timeline.getWindow();
      const time = new Date(item.start).getTime();
      if (time >= start.getTime() && time <= end.getTime()) return;
      // Elsewhere: centre it, keeping the zoom; that window is now the person's.
      setMode('manual');
      const half = (end.getTime() - start.getTime()) / 2;
      timeline.setWindow(time - half, time + half, { animation: false });
    };
    if (drawnRef.current) {
      reveal();
      return;
    }
    const onFirstDraw = () => {
      drawnRef.current = true;
      timeline.off('changed', onFirstDraw);
      reveal();
    };
    timeline.on('changed', onFirstDraw);
    return () => timeline.off('changed', onFirstDraw);
  }, [selectedId, reached]);

  /**
   * Zooms around what the reader is looking at: the open meeting if it is in
   * view, else the middle of the meetings in view, else the window's middle.
   */
  const zoom = (factor: number) => {
    const timeline = timelineRef.current;
    if (!timeline || !drawnRef.current) {
      pendingZoomRef.current = (pendingZoomRef.current ?? 1) * factor;
      reach();
      return;
    }
    const { start, end } = timeline.getWindow();
    const from = start.getTime();
    const to = end.getTime();
    const middleOf = (spec: TimelineItemSpec) =>
      (Date.parse(spec.start) + Date.parse(spec.end)) / 2;
    const inView = specsRef.current.filter((s) => {
      const time = middleOf(s);
      return time >= from && time <= to;
    });
    const selected = inView.find((s) => s.id === selectedRef.current);
    let center = (from + to) / 2;
    if (selected) center = middleOf(selected);
    else if (inView.length > 0) {
      const times = inView.map(middleOf).sort((a, b) => a - b);
      center = times[Math.floor(times.length / 2)] ?? center;
    }
    const half = ((to - from) * factor) / 2;
    // Zooming out, keep the window on what there is to see: shifted so it
    // does not run past the first or last meeting or milestone while the rest
    // of them would fit (the convention's road back to 2019 comes into view).
    const bounds = extentOf(windows?.all, milestones);
    if (factor > 1 && bounds) {
      const [first, last] = bounds;
      if (2 * half >= last - first) center = (first + last) / 2;
      else center = Math.min(Math.max(center, first + half), last - half);
    }
    setMode('manual');
    timeline.setWindow(center - half, center + half, { animation: false });
  };

  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;

  const show = (target: 'focus' | 'all') => {
    setMode(target);
    pendingZoomRef.current = null;
    reach();
    const window = windows?.[target];
    if (window) timelineRef.current?.setWindow(window.start, window.end, { animation: false });
  };

  const outside = range?.outside ?? 0;
  const previewWindow = windows?.[mode === 'all' ? 'all' : 'focus'];
  const previewing = !shown && previewWindow !== undefined && previewWindow !== null;
  const previewPeriods = useMemo(
    () =>
      (prepared.data.periods ?? []).map((period) => {
        const range = periodRange(period);
        const label = localText(period, 'label', lang.locale);
        return {
          start: Date.parse(range.start),
          end: Date.parse(range.end),
          label: label.text,
          lang: label.lang === lang.locale ? undefined : label.lang,
        };
      }),
    [prepared, lang],
  );
  const groupLabels = useMemo(
    () =>
      new Map(
        groupsFor(specs, counts, milestones.length, lang).map((g) => [g.id as string, g.content]),
      ),
    [specs, counts, milestones, lang],
  );
  return (
    <div className="timeline-wrap">
      <div className="timeline-controls" role="toolbar" aria-label={t('timeline.controls')}>
        <button type="button" className="button" onClick={() => zoom(0.5)}>
          {t('timeline.zoom-in')}
        </button>
        <button type="button" className="button" onClick={() => zoom(2)}>
          {t('timeline.zoom-out')}
        </button>
        {outside > 0 && (
          <button
            type="button"
            className="button"
            aria-pressed={mode === 'focus'}
            onClick={() => show('focus')}
          >
            {t('timeline.main-dates')}
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-pressed={mode === 'all'}
          onClick={() => show('all')}
        >
          {t('timeline.all-dates')}
        </button>
      </div>
      {range && outside > 0 && mode === 'focus' && (
        <p className="small timeline-range-note">
          {t('timeline.range-note', {
            span: formatDaySpan(range.from, range.to, tag),
            shown: meetings.length - outside,
            total: meetings.length,
            outside,
          })}
        </p>
      )}
      <div ref={stageRef} className={previewing ? 'timeline-stage previewing' : 'timeline-stage'}>
        {previewing && (
          <TimelinePreview
            specs={specs}
            milestones={milestones}
            periods={previewPeriods}
            window={previewWindow}
            groupLabels={groupLabels}
            lang={lang}
            onPress={reach}
          />
        )}
        <section
          ref={containerRef}
          className="timeline-canvas"
          aria-label={t('timeline.canvas-label', { count: meetings.length })}
          data-testid="timeline"
          // Where focus returns when a meeting opened from here is closed.
          tabIndex={-1}
        />
      </div>
    </div>
  );
}
