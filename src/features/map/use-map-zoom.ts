import {
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import {
  centreOn,
  FULL_VIEW,
  inView,
  type Point,
  panBy,
  type View,
  viewCentre,
  WIDTH,
  zoomAt,
} from './map-view.ts';

const ZOOM_STEP = 1.6;
/** A pointer that moves less than this is a click, not a drag. */
const DRAG_PX = 4;

/**
 * Zoom and pan for the map's <svg>: buttons (the returned actions), pinch,
 * Ctrl/⌘ + wheel (a plain wheel keeps scrolling the page), drag when zoomed,
 * and + / − / 0 / arrow keys. Buttons and keys zoom around `anchor` (the
 * selection) while it is in view. Returns the view and the on-screen scale.
 */
export function useMapZoom(svgRef: RefObject<SVGSVGElement | null>, anchor: Point | undefined) {
  // Local UI state: how far the reader has zoomed and panned, and the map's width on screen.
  const [view, setViewState] = useState<View>(FULL_VIEW);
  const [widthPx, setWidthPx] = useState(WIDTH);
  // Gestures fire faster than React renders; each step builds on the latest view.
  const viewRef = useRef(view);
  const setView = useCallback((next: View) => {
    viewRef.current = next;
    setViewState(next);
  }, []);

  const drag = useRef<{ id: number; x: number; y: number; from: View; moved: boolean } | null>(
    null,
  );
  const dragged = useRef(false);
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    setWidthPx(svg.getBoundingClientRect().width || WIDTH);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidthPx(entry.contentRect.width || WIDTH);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svgRef]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const unitsPerPx = (v: View) => WIDTH / v.k / svg.getBoundingClientRect().width;
    const toMap = (clientX: number, clientY: number, v: View): Point => {
      const rect = svg.getBoundingClientRect();
      const scale = unitsPerPx(v);
      return [v.x + (clientX - rect.left) * scale, v.y + (clientY - rect.top) * scale];
    };
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? 1 : 20;
      const v = viewRef.current;
      setView(
        zoomAt(v, Math.exp(-event.deltaY * lines * 0.002), toMap(event.clientX, event.clientY, v)),
      );
    };
    let pinch: { distance: number; mid: Point } | null = null;
    const onTouch = (event: TouchEvent) => {
      const [a, b] = [event.touches[0], event.touches[1]];
      if (event.touches.length !== 2 || !a || !b) {
        pinch = null;
        return;
      }
      // Two fingers zoom the map, never the page; one finger still scrolls it.
      event.preventDefault();
      drag.current = null;
      const now = {
        distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
        mid: [(a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2] as Point,
      };
      if (pinch && pinch.distance > 0) {
        const v = viewRef.current;
        const zoomed = zoomAt(v, now.distance / pinch.distance, toMap(...pinch.mid, v));
        const scale = unitsPerPx(zoomed);
        setView(
          panBy(zoomed, (pinch.mid[0] - now.mid[0]) * scale, (pinch.mid[1] - now.mid[1]) * scale),
        );
      }
      pinch = now;
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) {
      svg.addEventListener(type, onTouch, { passive: false });
    }
    return () => {
      svg.removeEventListener('wheel', onWheel);
      for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) {
        svg.removeEventListener(type, onTouch);
      }
    };
  }, [svgRef, setView]);

  const zoomBy = useCallback(
    (factor: number) => {
      const v = viewRef.current;
      const at = anchorRef.current;
      setView(zoomAt(v, factor, at && inView(v, at) ? at : viewCentre(v)));
    },
    [setView],
  );
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);
  const reset = useCallback(() => setView(FULL_VIEW), [setView]);
  /** Brings a point into view (a country reached with Tab while zoomed). */
  const reveal = useCallback(
    (point: Point) => {
      if (!inView(viewRef.current, point)) setView(centreOn(viewRef.current, point));
    },
    [setView],
  );

  const gestures = {
    onPointerDown(event: PointerEvent<SVGSVGElement>) {
      dragged.current = false;
      if (viewRef.current.k === 1 || event.button !== 0 || !event.isPrimary) return;
      drag.current = {
        id: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        from: viewRef.current,
        moved: false,
      };
    },
    onPointerMove(event: PointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (!d || d.id !== event.pointerId) return;
      const dx = event.clientX - d.x;
      const dy = event.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < DRAG_PX) return;
      if (!d.moved) {
        d.moved = true;
        // Captured only once it is a drag, so a plain click still reaches the country.
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      const scale = WIDTH / d.from.k / event.currentTarget.getBoundingClientRect().width;
      setView(panBy(d.from, -dx * scale, -dy * scale));
    },
    onPointerUp(event: PointerEvent<SVGSVGElement>) {
      if (drag.current?.id !== event.pointerId) return;
      dragged.current = drag.current.moved;
      drag.current = null;
    },
    onPointerCancel() {
      drag.current = null;
    },
    /** The click that ends a drag does not toggle the country under it. */
    onClickCapture(event: SyntheticEvent) {
      if (!dragged.current) return;
      dragged.current = false;
      event.stopPropagation();
    },
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const v = viewRef.current;
    const step = WIDTH / v.k / 8;
    const pans: Record<string, Point> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const pan = pans[event.key];
    if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-') zoomOut();
    else if (event.key === '0') reset();
    // At full size the arrows keep scrolling the page.
    else if (pan && v.k > 1) setView(panBy(v, ...pan));
    else return;
    event.preventDefault();
  };

  return {
    view,
    pxPerUnit: (widthPx / WIDTH) * view.k,
    zoomIn,
    zoomOut,
    reset,
    reveal,
    gestures,
    onKeyDown,
  };
}
