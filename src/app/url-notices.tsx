import type { UrlNotice } from '../url/url-state.ts';

export function UrlNotices({
  notices,
  onDismiss,
}: {
  notices: UrlNotice[];
  onDismiss: () => void;
}) {
  return (
    <section className="notice" role="status" aria-labelledby="url-notice-title">
      <div>
        <h2 id="url-notice-title">Part of this link was ignored</h2>
        <ul>
          {notices.map((n) => (
            <li key={`${n.param}=${n.value}:${n.reason}`}>
              <code>
                {n.param}={n.value}
              </code>{' '}
              {n.reason}.
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
