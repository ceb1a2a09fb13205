import { type ReactNode, startTransition, useEffect, useState } from 'react';

/**
 * Mounts `children` (a part of the page well below the first screen) in a
 * render of its own after the page's first commit, so the start-up work is two
 * shorter tasks instead of one long one (what Lighthouse counts as blocking
 * time on a phone). The render is a transition: React yields to input while
 * it runs. In a test environment without timers it mounts on the next tick.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  // Local UI state: whether the deferred part has been mounted.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const id = setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => clearTimeout(id);
  }, [ready]);
  return ready ? children : null;
}
