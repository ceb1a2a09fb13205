import { memo, useId, useState } from 'react';
import { formatDay } from '../../data/dates.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { parseDay } from './parse-day.ts';

/** The day the "type a day such as…" help shows when the dataset has none. */
const FALLBACK_EXAMPLE = '2025-10-25';

/**
 * A day typed or picked in the app's one date format ("Sat, 25 Oct 2025";
 * "Thứ 7, 25 thg 10, 2025" in Vietnamese).
 * The native date input would show the browser's format (mm/dd/yyyy in an
 * American browser); a text box with the dataset's days as suggestions shows
 * the same dates as the rest of the page; typing "25 Oct" narrows the suggestions.
 */
export function DayField({
  label,
  value,
  listId,
  example,
  refuse,
  onCommit,
}: {
  label: string;
  /** The day in the URL (YYYY-MM-DD), or null. */
  value: string | null;
  /** The <datalist> of suggested days. */
  listId: string;
  /** A day to show as an example of the format. */
  example: string | null;
  /** Why a day cannot be used here (a start after the end), or null. */
  refuse: (day: string) => string | null;
  onCommit: (day: string | null) => void;
}) {
  const { t, locale, tag } = useTranslator();
  const id = useId();
  // Local UI state: the text while it is typed (the URL holds only whole days),
  // and why the last attempt was refused.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const commit = (text: string) => {
    const trimmed = text.trim();
    const day = trimmed === '' ? null : parseDay(trimmed, locale);
    const why =
      trimmed !== '' && day === null
        ? t('filters.day-problem', { day: formatDay(example ?? FALLBACK_EXAMPLE, tag) })
        : day && refuse(day);
    if (why) {
      setProblem(why);
      return;
    }
    setDraft(null);
    setProblem(null);
    if (day !== value) onCommit(day);
  };

  return (
    <div className="day-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={listId}
        value={draft ?? (value ? formatDay(value, tag) : '')}
        placeholder={
          example ? t('filters.day-example', { day: formatDay(example, tag) }) : undefined
        }
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setProblem(null);
          // A day picked from the suggestions is whole: apply it at once.
          const day = parseDay(text, locale);
          if (day && formatDay(day, tag) === text) commit(text);
        }}
        onBlur={() => {
          if (draft !== null) commit(draft);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
          if (event.key === 'Escape' && draft !== null) {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The days that have meetings, offered while typing, each with its number of
 * meetings. Memoised: a long dataset has thousands of days, and the filter bar
 * renders on every click.
 */
export const DayOptions = memo(function DayOptions({
  id,
  days,
}: {
  id: string;
  days: readonly (readonly [day: string, meetings: number])[];
}) {
  const { t, tag } = useTranslator();
  return (
    <datalist id={id}>
      {days.map(([day, meetings]) => (
        <option
          key={day}
          value={formatDay(day, tag)}
          label={t('filters.day-meetings', { count: meetings })}
        />
      ))}
    </datalist>
  );
});
