import { useId } from 'react';
import { escapeXml } from '../data/export/escape-xml.ts';
import { useTranslator } from '../i18n/i18n.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { usePopover } from '../ui/use-popover.ts';
import { withoutEmbed } from '../url/url-state.ts';

/** The address of this view inside another page: the same address with embed=1. */
export function embedAddress(href: string): string {
  const full = new URL(withoutEmbed(href));
  // The URL contract writes embed last.
  full.search = full.search ? `${full.search}&embed=1` : '?embed=1';
  return full.href;
}

/** `name="value"`, escaped. */
const attribute = (name: string, value: string) => `${name}="${escapeXml(value)}"`;

/**
 * A ready `<iframe>` for the view: as wide as its column, tall enough for a
 * view and its list. Its title is the dataset's, in the language shown.
 */
export function iframeSnippet(href: string, title: string): string {
  return `<iframe ${attribute('src', embedAddress(href))} ${attribute('title', title)} width="100%" height="720" style="border:0" loading="lazy"></iframe>`;
}

/**
 * "Share view": copy the address of what is on screen (it always reproduces
 * the view), or the code that embeds it in another page.
 */
export function ShareMenu({ title }: { title: string }) {
  const { t, rich } = useTranslator();
  // Local UI state: open or not.
  const { open, setOpen, rootRef, buttonRef } = usePopover();
  const panelId = useId();

  return (
    <div ref={rootRef} className="share-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('app.share-label')}
        onClick={() => setOpen(!open)}
      >
        {rich('app.share-button', {}, { 0: (s) => <span className="wide-only">{s}</span> })}{' '}
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="share-panel popover" hidden={!open}>
        {open && (
          <>
            <CopyButton label={t('app.copy-link')} text={() => window.location.href} />
            <label className="share-embed">
              <span>{t('app.embed-label')}</span>
              <textarea
                readOnly
                rows={4}
                value={iframeSnippet(window.location.href, title)}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <CopyButton
              label={t('app.copy-embed')}
              what="code"
              text={() => iframeSnippet(window.location.href, title)}
            />
          </>
        )}
      </div>
    </div>
  );
}
