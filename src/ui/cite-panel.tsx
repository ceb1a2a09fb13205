import { useEffect, useId, useState } from 'react';
import type { CitedWork } from '../data/export/citation.ts';
import {
  CITATION_FORMAT_LABELS,
  CITATION_FORMATS,
  type CitationFormat,
} from '../data/export/citation-formats.ts';
import { useTranslator } from '../i18n/i18n.tsx';
import { CopyButton } from './copy-button.tsx';
import './cite-panel.css';

type CitationModule = typeof import('../data/export/citation.ts');

/** Today in YYYY-MM-DD, for "accessed" (the reader's own calendar day). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Cite": opens a panel with the work's citation in APA, Chicago, BibTeX or
 * CSL-JSON, and a button to copy it. The code that writes citations loads
 * when the panel first opens. The citation itself is in English, as the
 * dataset's own record is, whatever the interface language.
 */
export function CitePanel({
  label,
  work,
}: {
  /** The button's accessible name: "Cite this dataset", "Cite this meeting". */
  label: string;
  work: () => Omit<CitedWork, 'accessed'>;
}) {
  const { t } = useTranslator();
  // Local UI state: open or not, the chosen format, the loaded code.
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<CitationFormat>('apa');
  const [code, setCode] = useState<CitationModule | null>(null);
  const [failed, setFailed] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (!open || code) return;
    let live = true;
    import('../data/export/citation.ts').then(
      (module) => live && setCode(module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, code]);

  const text = code ? code.citation({ ...work(), accessed: today() }, format) : '';
  const chosen = CITATION_FORMAT_LABELS[format];

  return (
    <div className="cite">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={panelId} className="cite-panel" hidden={!open}>
        {open && (
          <>
            <fieldset className="cite-formats">
              <legend className="visually-hidden">{t('ui.citation-format')}</legend>
              {CITATION_FORMATS.map((id) => (
                <label key={id}>
                  <input
                    type="radio"
                    name={`${panelId}-format`}
                    value={id}
                    checked={format === id}
                    onChange={() => setFormat(id)}
                  />{' '}
                  {CITATION_FORMAT_LABELS[id]}
                </label>
              ))}
            </fieldset>
            {failed ? (
              <p role="alert">{t('ui.citation-failed')}</p>
            ) : (
              <>
                <textarea
                  className="cite-text"
                  readOnly
                  aria-label={t('ui.citation-in', { format: chosen })}
                  value={code ? text : t('ui.loading')}
                  rows={format === 'csl-json' || format === 'bibtex' ? 10 : 4}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton label={t('ui.copy-citation')} what="citation" text={() => text} />
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
