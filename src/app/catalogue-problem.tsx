import type { Locale } from '../i18n/locales.ts';

/**
 * Shown only when the interface's own words could not be fetched, so it cannot
 * take them from a catalogue: it says the little it must in both languages,
 * the page's language first.
 */
const WORDS = {
  en: {
    loading: 'Loading…',
    failed: 'The interface texts could not be loaded. Check the connection and try again.',
    retry: 'Try again',
  },
  vi: {
    loading: 'Đang tải…',
    failed: 'Không tải được văn bản giao diện. Hãy kiểm tra kết nối rồi thử lại.',
    retry: 'Thử lại',
  },
} as const;

export function CatalogueProblem({
  locale,
  failed,
  retrying,
  onRetry,
}: {
  locale: Locale;
  failed: boolean;
  retrying: boolean;
  onRetry: () => void;
}) {
  const order: Locale[] = locale === 'vi' ? ['vi', 'en'] : ['en', 'vi'];
  if (!failed) {
    return (
      <main id="main" className="page" aria-busy="true">
        <p role="status">{order.map((l) => WORDS[l].loading).join(' · ')}</p>
      </main>
    );
  }
  return (
    <main id="main" className="page">
      <section className="problem" role="alert">
        {order.map((l) => (
          <p key={l} lang={l}>
            {WORDS[l].failed}
          </p>
        ))}
        <button type="button" className="button primary" onClick={onRetry} disabled={retrying}>
          {order.map((l) => WORDS[l].retry).join(' · ')}
        </button>
      </section>
    </main>
  );
}
