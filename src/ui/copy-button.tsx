import { useEffect, useState } from 'react';
import { useTranslator } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import './copy-button.css';

/** What the status line says once copied, and when copying failed, per kind of text. */
const STATUS: Record<'link' | 'citation' | 'code', { copied: MessageKey; failed: MessageKey }> = {
  link: { copied: 'ui.copied-link', failed: 'ui.copy-this-link' },
  citation: { copied: 'ui.copied-citation', failed: 'ui.copy-this-citation' },
  code: { copied: 'ui.copied-code', failed: 'ui.copy-this-code' },
};

/** A button that copies text and says so; shows the text when copying fails. */
export function CopyButton({
  label,
  text,
  className = 'button',
  what = 'link',
}: {
  label: string;
  /** Read when clicked, so it can follow the current address. */
  text: () => string;
  className?: string;
  /** What is copied, for the status line: "Link copied", "Copy this citation: …". */
  what?: 'link' | 'citation' | 'code';
}) {
  const { t } = useTranslator();
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'failed'; text: string }>({
    status: 'idle',
    text: '',
  });
  useEffect(() => {
    if (state.status === 'idle') return;
    const timer = window.setTimeout(() => setState({ status: 'idle', text: '' }), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = () => {
    const value = text();
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setState({ status: 'failed', text: value });
      return;
    }
    clipboard.writeText(value).then(
      () => setState({ status: 'copied', text: value }),
      () => setState({ status: 'failed', text: value }),
    );
  };

  return (
    <span className="copy-button">
      <button type="button" className={className} onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state.status === 'copied' && t(STATUS[what].copied)}
        {state.status === 'failed' && (
          <>
            {t(STATUS[what].failed)} <output className="copy-fallback">{state.text}</output>
          </>
        )}
      </span>
    </span>
  );
}
