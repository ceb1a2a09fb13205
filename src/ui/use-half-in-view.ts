import { type RefObject, useCallback, useEffect, useState } from 'react';

const STEPS = [0, 0.1, 0.2, 0.3, 0.4, 0.5];

/**
 * On a screen matching `media` when the component mounts (read once: what
 * waits for this is built once): whether half of the element, or half a screen
 * of it when it is taller than that, has been in view. The reader has reached
 * it, rather than seeing its top edge at the bottom of the screen. Elsewhere,
 * and where IntersectionObserver is missing (jsdom), true from the start.
 * Stays true once it is; `reach()` sets it at once (the reader used a control
 * that needs what waited for this).
 *
 * For work too heavy to do for a glimpse on a phone's slow CPU: there the
 * timeline's drawing area starts at the bottom of the first screen, and
 * building vis-timeline took about 400 ms of main thread (at Lighthouse's 4x
 * CPU slowdown) while the page was loading, for a strip of axis nobody had
 * looked at yet.
 */
export function useHalfInView(
  ref: RefObject<HTMLElement | null>,
  media: string,
): [boolean, () => void] {
  // Local UI state: whether the element has been reached.
  const [reached, setReached] = useState(
    () =>
      typeof IntersectionObserver === 'undefined' || !(window.matchMedia?.(media).matches ?? false),
  );
  useEffect(() => {
    const element = ref.current;
    if (reached || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry?.isIntersecting) return;
        const screen = entry.rootBounds?.height ?? window.innerHeight;
        if (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= screen / 2) {
          observer.disconnect();
          setReached(true);
        }
      },
      { threshold: STEPS },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [reached, ref]);
  const reach = useCallback(() => setReached(true), []);
  return [reached, reach];
}
