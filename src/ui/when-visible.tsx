import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';

/**
 * Renders `children` (a lazily loaded, heavy view) once its place on the page
 * has scrolled into the viewport, and `placeholder` until then and while its
 * code loads. Views below the fold then cost nothing at start, which is what a
 * phone on a slow network notices most. Where IntersectionObserver is missing
 * (jsdom), the view renders at once.
 */
export function WhenVisible({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const anchorRef = useRef<HTMLDivElement>(null);
  // Local UI state: once seen, the view stays mounted.
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const anchor = anchorRef.current;
    if (seen || !anchor) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(anchor);
    return () => observer.disconnect();
  }, [seen]);
  if (!seen) {
    return (
      <div ref={anchorRef} className="when-visible">
        {placeholder}
      </div>
    );
  }
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
