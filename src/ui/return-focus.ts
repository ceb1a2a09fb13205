/**
 * Where focus goes back to when an opened meeting closes. Whoever opens a
 * meeting (a list link, a timeline item) says so here just before navigating;
 * the meeting panel takes it when it shows that meeting. Without a word from
 * the opener the panel falls back to the element that had focus.
 *
 * The opener's position on screen is remembered too: opening the panel narrows
 * the page's column on a wide screen, and the panel puts the opener back where
 * the reader saw it instead of letting the reflow carry it away.
 */
export interface Opener {
  element: HTMLElement;
  /** Its top edge in the viewport when the meeting was opened. */
  top: number;
}

let pending: (Opener & { meetingId: string }) | null = null;

export function rememberOpener(meetingId: string, element: HTMLElement): void {
  pending = { meetingId, element, top: element.getBoundingClientRect().top };
}

/** The opener remembered for `meetingId`, once; null when none (or another meeting's). */
export function takeOpener(meetingId: string): Opener | null {
  const opener = pending;
  pending = null;
  return opener?.meetingId === meetingId && opener.element.isConnected ? opener : null;
}

/** Scrolls the page so that `element`'s top is at `top` in the viewport again. */
export function keepInPlace(element: HTMLElement, top: number): void {
  if (!element.isConnected) return;
  const shift = element.getBoundingClientRect().top - top;
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}
