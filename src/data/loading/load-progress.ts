/**
 * How far loading the dataset has got, for the loading page's progress bar.
 * Local UI state of the one load in flight, outside React: the download and
 * the worker report into it, the loading page subscribes. Reports are thinned
 * to whole-percent steps, so a 70 MB download does not re-render the page a
 * thousand times.
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
    (next.total === null
      ? Math.floor(next.done / 1_000_000) === Math.floor(current.done / 1_000_000)
      : percent(next) === percent(current));
  if (unchanged) return;
  current = next;
  for (const listener of listeners) listener();
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentProgress(): LoadProgress | null {
  return current;
}
