import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, but a change reaches the caller only after the browser has painted
 * the frame that shows the change elsewhere on the page.
 *
 * React's `useDeferredValue` renders the lagging value in the background, yet
 * it starts at once: on a click its render, the chart library's synchronous
 * store updates and the timeline's redraw all run before the browser gets to
 * paint, so the pressed button and the new match count appear only after the
 * heavy views have been redrawn too (about 100 ms on a 2-core machine). Waiting
 * two animation frames lets the first one paint and gives the compositor its
 * frame's worth of time to put it on screen before the heavy work takes the
 * CPU; the heavy views follow in a transition, which a newer change interrupts.
 *
 * This is a schedule for what the heavy views draw, never written back: the
 * URL stays the one source of the filters.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => startTransition(() => setShown(value)));
    });
    return () => cancelAnimationFrame(frame);
  }, [value, shown]);
  return shown;
}
