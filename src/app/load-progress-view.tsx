import { useEffect, useState } from 'react';
import type { LoadProgress } from '../data/loading/load-progress.ts';
import { type Translator, useTranslator } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/translate.ts';

/** A load quicker than this shows no bar at all: a bar that flashes helps nobody. */
const SHOW_AFTER_MS = 300;
/** After this long, a line says what is taking the time. */
const EXPLAIN_AFTER_MS = 3000;

const STAGE_LABELS: Record<LoadProgress['stage'], MessageKey> = {
  download: 'app.stage-download',
  check: 'app.stage-check',
  index: 'app.stage-index',
};

/** Megabytes to one decimal, in the language's style ("1.5", "1,5"). */
function megabytes(bytes: number, { number }: Translator): string {
  return number(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

function detail(progress: LoadProgress, translator: Translator): string {
  const { t } = translator;
  const { stage, done, total } = progress;
  if (stage === 'download') {
    return total
      ? t('app.progress-download', {
          done: megabytes(done, translator),
          total: megabytes(total, translator),
        })
      : '';
  }
  if (stage === 'index' && total) return t('app.progress-index', { done, total });
  return '';
}

/**
 * Drawn over the skeleton, not above it, so appearing and going moves nothing
 * (no layout shift). A determinate bar for the download (bytes of the total, when the server says
 * it) and the preparation (meetings indexed). The stage is announced politely;
 * the bar itself is a native <progress>, which screen readers read on demand.
 */
export function LoadProgressView({ progress }: { progress: LoadProgress }) {
  const translator = useTranslator();
  const { t } = translator;
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
        {t('app.loading-meetings')}
      </p>
    );
  }
  const label = t(STAGE_LABELS[progress.stage]);
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
      <p className="muted small load-progress-detail">{detail(progress, translator)}</p>
      {slow && (
        <p className="small">
          {progress.stage === 'download' ? t('app.slow-download') : t('app.slow-index')}
        </p>
      )}
    </div>
  );
}
