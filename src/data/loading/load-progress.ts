/**
 * How far loading the dataset has got, for the loading page's progress bar.
 * Local UI state of the one load in flight, outside React: the download and
 * the worker report into it, the loading page subscribes. Reports are thinned
 * to whole-percent steps and passed on at most every 250 ms, so the page
 * repaints its bar a few times a second and spends its time on the load.
 */
export type LoadStage = 'download' | 'check' | 'index';

export interface LoadProgress {
  stage: LoadStage;
  /** Bytes downloaded, or meetings indexed. */
  done: number;
  /** Bytes or meetings in all; null while unknown (a compressed download). */
  total: number | null;
}

type Listener = () => void;

let current: LoadProgress | null = null;
const listeners = new Set<Listener>();

function percent(progress: LoadProgress | null): number {
  if (!progress?.total) return -1;
  return Math.floor((progress.done / progress.total) * 100);
}

export function reportProgress(next: LoadProgress | null): void {
  const unchanged =
    next !== null &&
    current !== null &&
    next.stage === current.stage &&
    (next.total === null ? next.done === current.done : percent(next) === percent(current));
  if (unchanged) return;
  current = next;
  // The end of a load is passed on at once; steps are gathered.
  if (next === null) {
    clearTimeout(pending);
    pending = undefined;
    notify();
  } else {
    pending ??= setTimeout(notify, NOTIFY_EVERY_MS);
  }
}

const NOTIFY_EVERY_MS = 250;
let pending: ReturnType<typeof setTimeout> | undefined;

function notify() {
  pending = undefined;
  for (const listener of listeners) listener();
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentProgress(): LoadProgress | null {
  return current;
}
