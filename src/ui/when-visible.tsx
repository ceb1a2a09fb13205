import { type ReactNode, Suspense, startTransition, useEffect, useRef, useState } from 'react';

/**
 * Renders `children` (a lazily loaded, heavy view) once its place on the page
 * has scrolled into the viewport, and `placeholder` until then and while its
 * code loads. Views below the fold then cost nothing at start, which is what a
 * phone on a slow network notices most. `preload` (the view's dynamic import)
 * starts when the place is within a screen of the viewport, so the code is
 * usually there by the time the view is. Where IntersectionObserver is missing
 * (jsdom), the view renders at once.
 */
export function WhenVisible({
  placeholder,
  preload,
  children,
}: {
  placeholder: ReactNode;
  preload?: () => Promise<unknown>;
  children: ReactNode;
}) {
  const anchorRef = useRef<HTMLDivElement>(null);
  // Local UI state: once seen, the view stays mounted.
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const anchor = anchorRef.current;
    if (seen || !anchor) return;
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        // A failed download shows up, with its message, when the view mounts.
        preload?.().catch(() => {});
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    const visible = new IntersectionObserver((entries) => {
      // A transition: mounting a heavy view is rendered in slices that yield
      // to clicks and scrolling, instead of one long task.
      if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setSeen(true));
    });
    near.observe(anchor);
    visible.observe(anchor);
    return () => {
      near.disconnect();
      visible.disconnect();
    };
  }, [seen, preload]);
  if (!seen) {
    return (
      <div ref={anchorRef} className="when-visible">
        {placeholder}
      </div>
    );
  }
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
