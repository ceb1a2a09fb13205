import { useMediaQuery } from '../../ui/use-media-query.ts';

/** Below this width the filters move into a sheet behind a "Filters" button. */
const NARROW = '(max-width: 40rem)';

/** Whether the screen is phone-sized; false where media queries are unknown (jsdom). */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW);
}
