import { useEffect, useState } from 'react';
import type { LoadProgress } from '../data/loading/load-progress.ts';

/** A load quicker than this shows no bar at all: a bar that flashes helps nobody. */
const SHOW_AFTER_MS = 300;
/** After this long, a line says what is taking the time. */
const EXPLAIN_AFTER_MS = 3000;

const STAGE_LABELS: Record<LoadProgress['stage'], string> = {
  download: 'Downloading the meetings',
  check: 'Checking the data',
  index: 'Preparing the meetings',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function detail(progress: LoadProgress): string {
  const { stage, done, total } = progress;
  if (stage === 'download') {
    return total ? `${megabytes(done)} of ${megabytes(total)}` : '';
  }
  if (stage === 'index' && total) {
    return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} meetings`;
  }
  return '';
}

/**
 * Drawn over the skeleton, not above it, so appearing and going moves nothing
 * (no layout shift). A determinate bar for the download (bytes of the total, when the server says
 * it) and the preparation (meetings indexed). The stage is announced politely;
 * the bar itself is a native <progress>, which screen readers read on demand.
 */
export function LoadProgressView({ progress }: { progress: LoadProgress }) {
  // Local UI state: how long loading has taken (long enough to show a bar, to explain).
  const [shown, setShown] = useState(false);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timers = [
      setTimeout(() => setShown(true), SHOW_AFTER_MS),
      setTimeout(() => setSlow(true), EXPLAIN_AFTER_MS),
    ];
    return () => timers.forEach(clearTimeout);
  }, []);
  if (!shown) {
    return (
      <p className="visually-hidden" role="status">
        Loading meetings…
      </p>
    );
  }
  const label = STAGE_LABELS[progress.stage];
  const known = progress.total !== null && progress.total > 0;
  return (
    <div className="load-progress">
      <p className="load-progress-label" role="status">
        {label}…
      </p>
      <progress
        aria-label={label}
        max={known ? (progress.total ?? undefined) : undefined}
        value={known ? progress.done : undefined}
      />
      <p className="muted small load-progress-detail">{detail(progress)}</p>
      {slow && (
        <p className="small">
          {progress.stage === 'download'
            ? 'The data file is large or the connection is slow; the explorer opens as soon as it has arrived.'
            : 'A large dataset takes a few seconds to prepare on this device; the page stays responsive meanwhile.'}
        </p>
      )}
    </div>
  );
}
