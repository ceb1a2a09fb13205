import { useSyncExternalStore } from 'react';

const PRINT = '(print)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(PRINT);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/**
 * Whether the page is being printed (or previewed for print). React renders
 * what depends on it synchronously when it changes, before the browser lays
 * the page out for paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(PRINT).matches ?? false,
    () => false,
  );
}
