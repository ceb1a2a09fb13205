import { type ConventionStanding, standingFact } from '../data/convention.ts';
import { formatDay, formatDaySpan } from '../data/dates.ts';
import { STANDING_LABELS } from '../data/labels.ts';
import { useTranslator } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/translate.ts';
import './standing-tag.css';

/**
 * A participant's standing in words: "Signed in Hanoi, Sat, 25 Oct 2025", with
 * "date unknown" when the dataset has the fact but not its day, and what a
 * reported fact rests on. Null when the dataset has no convention part.
 */
export function standingText(standing: ConventionStanding, { t, tag }: Lang): string | null {
  if (standing.status === 'unknown') return null;
  const label = t(STANDING_LABELS[standing.status]);
  const fact = standingFact(standing);
  if (!fact) return label;
  const day = fact.date
    ? formatDaySpan(fact.date, fact.endDate ?? fact.date, tag)
    : t('ui.standing-day-unknown');
  const text = t('ui.standing-fact', { label, day });
  if (fact.certainty !== 'reported') return text;
  return fact.reportedOn
    ? t('ui.standing-reported-on', { fact: text, day: formatDay(fact.reportedOn, tag) })
    : t('ui.standing-reported', { fact: text });
}

/**
 * The standing as a small tag beside a partner's name. A fact that is only
 * reported is outlined with a dashed line and says "reported", so it never
 * looks like one the depositary recorded.
 */
export function StandingTag({ standing }: { standing: ConventionStanding }) {
  const translator = useTranslator();
  const text = standingText(standing, translator);
  if (text === null) return null;
  const reported = standing.certainty === 'reported';
  return (
    <span
      className={`standing-tag status-${standing.status}${reported ? ' reported' : ''}`}
      data-status={standing.status}
    >
      <span className="standing-swatch" aria-hidden="true" />
      <span className="visually-hidden">{translator.t('ui.standing-prefix')} </span>
      {text}
    </span>
  );
}
