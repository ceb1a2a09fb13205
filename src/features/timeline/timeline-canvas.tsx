/**
 * The one wrapper around vis-timeline. React owns the container; vis-timeline
 * owns everything inside it. Created once per dataset, destroyed on unmount,
 * and kept in step with the filters by diffing items (DataSet update/remove),
 * never by rebuilding.
 */
import moment from 'moment';
import { useEffect, useMemo, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { type DataItem, Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';
import { useStableUrlActions } from '../../url/use-url-state.ts';
import {
  AGGREGATE_THRESHOLD,
  aggregateItems,
  HANOI_OFFSET,
  itemSignature,
  periodRange,
  TIMELINE_GROUPS,
  type TimelineItemSpec,
  toTimelineItem,
  windowFor,
} from './timeline-items.ts';
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
}

function textElement(tag: 'span' | 'div', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text; // data is text, never HTML
  return element;
}

function toVisItem(spec: TimelineItemSpec): VisItem {
  if (spec.kind === 'aggregate') {
    return {
      id: spec.id,
      start: spec.start,
      end: spec.end,
      group: spec.group,
      type: 'range',
      className: 'aggregate',
      content: textElement('span', spec.label),
      title: textElement('div', spec.title),
    };
  }
  return {
    id: spec.id,
    start: spec.start,
    group: spec.group,
    // Boxes are as wide as their label, so stacking never hides text.
    type: 'box',
    className: `meeting format-${spec.format}`,
    content: textElement('span', spec.label),
    title: textElement('div', spec.title),
  };
}

/** The parts of vis-timeline 8 that `scrollToGroup` reaches into. */
interface TimelineInternals {
  itemSet?: { groups?: Record<string, { top?: number } | undefined> };
  _setScrollTop?: (top: number) => void;
  _redraw?: () => void;
}

/**
 * `focus` can only scroll to an item it has measured, and vis-timeline does
 * not draw groups scrolled out of view; so bring the group into view first.
 * Private API, hence the guards: if it changes, focus still centres the item.
 */
function scrollToGroup(timeline: Timeline, groupId: string | undefined) {
  const internals = timeline as unknown as TimelineInternals;
  const top = groupId ? internals.itemSet?.groups?.[groupId]?.top : undefined;
  if (typeof top !== 'number' || !internals._setScrollTop || !internals._redraw) return;
  // A little above the group, so its first row clears the axis.
  internals._setScrollTop(-Math.max(0, top - 24));
  internals._redraw();
}

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
  const containerRef = useRef<HTMLElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<{ id: string; content: string; order: number }, 'id'> | null>(
    null,
  );
  const signaturesRef = useRef(new Map<string, string>());
  const { openMeeting } = useStableUrlActions();
  const openRef = useRef(openMeeting);
  useEffect(() => {
    openRef.current = openMeeting;
  }, [openMeeting]);

  const specs = useMemo(
    () =>
      meetings.length > AGGREGATE_THRESHOLD
        ? aggregateItems(meetings, prepared.partnerById)
        : meetings.map((m) => toTimelineItem(m, prepared.partnerById)),
    [meetings, prepared],
  );
  const onSelectDaysRef = useRef(onSelectDays);
  useEffect(() => {
    onSelectDaysRef.current = onSelectDays;
  }, [onSelectDays]);
  const specsRef = useRef(specs);
  specsRef.current = specs;
  // The item last clicked here: it is in view already, so opening it must not
  // move the timeline under the pointer.
  const clickedRef = useRef<string | null>(null);
  const drawnRef = useRef(false);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  // Create once per dataset. The DataSet is filled before the Timeline exists,
  // so its first draw fits the window around the real items.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = specsRef.current;
    const items = new DataSet<VisItem, 'id'>(initial.map(toVisItem));
    (prepared.data.periods ?? []).forEach((period, index) => {
      items.add({
        id: `period:${index}`,
        ...periodRange(period),
        type: 'background',
        className: 'period',
        content: textElement('span', period.label),
      });
    });
    signaturesRef.current = new Map(initial.map((s) => [s.id, itemSignature(s)]));
    const groups = new DataSet<{ id: string; content: string; order: number }, 'id'>(
      TIMELINE_GROUPS.filter((g) => initial.some((s) => s.group === g.id)).map((g, order) => ({
        id: g.id,
        content: g.label,
        order,
      })),
    );
    const initialWindow = windowFor(initial);
    const options: TimelineOptions = {
      ...(initialWindow ?? {}),
      moment: (date: moment.MomentInput) => moment(date).utcOffset(HANOI_OFFSET),
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      maxHeight: 460,
      minHeight: 160,
      zoomMin: 6 * HOUR,
      // Never narrower than the data: vis-timeline clamps the window to zoomMax.
      zoomMax: Math.max(
        5 * 366 * 24 * HOUR,
        initialWindow ? (initialWindow.end.getTime() - initialWindow.start.getTime()) * 1.5 : 0,
      ),
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      groupOrder: 'order',
      // With periods, leave a strip under the axis for their labels.
      margin: {
        item: { horizontal: 2, vertical: 3 },
        axis: prepared.data.periods?.length ? 22 : 6,
      },
      align: 'left',
      tooltip: { followMouse: false, overflowMethod: 'cap', delay: 200 },
    };
    // vis-timeline accepts DOM nodes as content and title, its types only strings.
    const visItems = items as unknown as DataSet<DataItem, 'id'>;
    const timeline = new Timeline(container, visItems, groups, options);
    timeline.on('select', (event: { items: (string | number)[] }) => {
      const id = event.items[0];
      if (typeof id !== 'string' || id.startsWith('period:')) return;
      if (id.startsWith('aggregate:')) {
        const spec = specsRef.current.find((s) => s.id === id);
        timeline.setSelection([]);
        if (spec?.days) onSelectDaysRef.current(spec.days.from, spec.days.to);
        return;
      }
      clickedRef.current = id;
      openRef.current(id);
    });
    // The visible range, readable by tests and the benchmark without reaching
    // into vis-timeline's internals.
    const recordWindow = () => {
      const { start, end } = timeline.getWindow();
      container.dataset.windowStart = start.toISOString();
      container.dataset.windowEnd = end.toISOString();
    };
    timeline.on('rangechanged', recordWindow);
    timeline.on('changed', recordWindow);
    timelineRef.current = timeline;
    drawnRef.current = false;
    itemsRef.current = items;
    groupsRef.current = groups;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
  }, [prepared]);

  // Filters changed: send only the difference, after the next paint, so
  // vis-timeline's layout never holds up the paint that answers the click.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const items = itemsRef.current;
        const groups = groupsRef.current;
        if (!items || !groups) return;
        const previous = signaturesRef.current;
        const next = new Map(specs.map((s) => [s.id, itemSignature(s)]));
        const removed = [...previous.keys()].filter((id) => !next.has(id));
        const changed = specs.filter((s) => previous.get(s.id) !== next.get(s.id));
        if (removed.length > 0) items.remove(removed);
        if (changed.length > 0) items.update(changed.map(toVisItem));
        signaturesRef.current = next;
        // The open meeting may have just come back into the filtered set.
        const selected = selectedRef.current;
        if (selected && items.get(selected)) timelineRef.current?.setSelection([selected]);

        const wanted = TIMELINE_GROUPS.filter((g) => specs.some((s) => s.group === g.id));
        const stale = groups.getIds().filter((id) => !wanted.some((g) => g.id === id));
        if (stale.length > 0) groups.remove(stale);
        const missing = wanted.filter((g) => groups.get(g.id) === null);
        if (missing.length > 0) {
          groups.add(
            missing.map((g) => ({ id: g.id, content: g.label, order: TIMELINE_GROUPS.indexOf(g) })),
          );
        }
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [specs]);

  // The open meeting (from here, the list or a link) is selected and in view.
  // vis-timeline draws, and fits its window, on the first frame after it is
  // created; a window set before then is lost, so wait for that draw.
  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    if (!timeline || !items) return;
    const clicked = clickedRef.current;
    clickedRef.current = null;
    const reveal = () => {
      const item = selectedId ? items.get(selectedId) : null;
      timeline.setSelection(item ? [item.id] : []);
      if (!item || item.id === clicked) return;
      // Zoomed out beyond a fortnight, days lose their labels: show the
      // meeting's week instead, so its day can be read off the axis.
      const { start, end } = timeline.getWindow();
      if (end.getTime() - start.getTime() > 14 * DAY) {
        const middle = new Date(item.start).getTime();
        timeline.setWindow(middle - 4 * DAY, middle + 4 * DAY, { animation: false });
      }
      scrollToGroup(timeline, item.group);
      // Centres the item and scrolls it into view, keeping the zoom.
      timeline.focus(item.id, { animation: false, zoom: false });
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
  }, [selectedId]);

  const act = (action: (timeline: Timeline) => void) => () => {
    if (timelineRef.current) action(timelineRef.current);
  };

  return (
    <div className="timeline-wrap">
      <div className="timeline-controls" role="toolbar" aria-label="Timeline zoom">
        <button type="button" className="button" onClick={act((t) => t.zoomIn(0.5))}>
          Zoom in
        </button>
        <button type="button" className="button" onClick={act((t) => t.zoomOut(0.5))}>
          Zoom out
        </button>
        <button
          type="button"
          className="button"
          onClick={act((t) => {
            const range = windowFor(specsRef.current);
            if (range) t.setWindow(range.start, range.end, { animation: false });
          })}
        >
          Fit all
        </button>
      </div>
      <section
        ref={containerRef}
        className="timeline-canvas"
        aria-label={`Timeline of ${meetings.length} meetings. The meeting list has the same meetings.`}
        data-testid="timeline"
      />
    </div>
  );
}
