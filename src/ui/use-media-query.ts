import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, following it as it changes (React renders
 * what depends on it synchronously, e.g. before the browser lays a page out
 * for print); false where media queries are unknown (jsdom).
 */
export function useMediaQuery(query: string): boolean {
  // Stable per query, so React subscribes once rather than on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
