import { type ReactNode, useId, useState } from 'react';
import { useTranslator } from '../i18n/i18n.tsx';
import './download-menu.css';
import { MessageError, type UiMessage } from './ui-message.ts';
import { usePopover } from './use-popover.ts';

export interface DownloadItem {
  /** Words, or a message the menu words in the interface language. */
  label: string | UiMessage;
  /** Makes and saves the file; resolves to its name, said in the status line. */
  run: () => Promise<string>;
}

/**
 * A "Download" button that opens a short list of files to save (a disclosure:
 * Tab moves through the choices, Escape closes and returns to the button).
 * Each choice makes its file only when picked, so the code behind it loads
 * then; the status line says what was saved, or why it failed.
 */
export function DownloadMenu({
  label,
  items,
  buttonText,
}: {
  /** The accessible name, starting with the button's visible words: "Save image of the map". */
  label: string;
  items: DownloadItem[];
  /** What the button says: "Download data" for tables, "Save image" for pictures. */
  buttonText?: ReactNode;
}) {
  const { t } = useTranslator();
  const words = (label: string | UiMessage) =>
    typeof label === 'string' ? label : t(label.key, label.values);
  // Local UI state: open or not, and the last result.
  const { open, setOpen, close, rootRef, buttonRef } = usePopover();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  const pick = async (item: DownloadItem) => {
    setBusy(true);
    try {
      const name = await item.run();
      setStatus({ ok: true, text: t('ui.saved', { name }) });
      close();
    } catch (error) {
      const reason =
        error instanceof MessageError
          ? t(error.key, error.values)
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus({ ok: false, text: t('ui.save-failed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={rootRef} className="download-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button download-toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {buttonText ?? t('ui.download')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="download-list popover" hidden={!open} aria-label={label}>
        {items.map((item) => (
          <li key={typeof item.label === 'string' ? item.label : item.label.key}>
            <button
              type="button"
              className="download-item"
              disabled={busy}
              onClick={() => void pick(item)}
            >
              {words(item.label)}
            </button>
          </li>
        ))}
      </ul>
      <span
        role="status"
        className={status?.ok === false ? 'download-status failed' : 'download-status'}
      >
        {status?.text}
      </span>
    </div>
  );
}
