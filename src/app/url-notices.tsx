import { useTranslator } from '../i18n/i18n.tsx';
import type { UrlNotice } from '../url/url-state.ts';

export function UrlNotices({
  notices,
  onDismiss,
}: {
  notices: UrlNotice[];
  onDismiss: () => void;
}) {
  const { t } = useTranslator();
  return (
    <section className="notice" role="status" aria-labelledby="url-notice-title">
      <div>
        <h2 id="url-notice-title">{t('app.url-notice-title')}</h2>
        <ul>
          {notices.map((n) => (
            <li key={`${n.param}=${n.value}:${n.reason.key}:${JSON.stringify(n.reason.values)}`}>
              <code>
                {n.param}={n.value}
              </code>{' '}
              {t(n.reason.key, n.reason.values)}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </section>
  );
}
