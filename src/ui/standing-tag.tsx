import { type ConventionStanding, standingFact } from '../data/convention.ts';
import { formatDay, formatDaySpan } from '../data/dates.ts';
import { STANDING_LABELS } from '../data/labels.ts';
import './standing-tag.css';

/**
 * A participant's standing in words: "Signed in Hanoi, Sat, 25 Oct 2025", with
 * "date unknown" when the dataset has the fact but not its day, and what a
 * reported fact rests on. Null when the dataset has no convention part.
 */
export function standingText(standing: ConventionStanding): string | null {
  if (standing.status === 'unknown') return null;
  const label = STANDING_LABELS[standing.status];
  const fact = standingFact(standing);
  if (!fact) return label;
  const day = fact.date ? formatDaySpan(fact.date, fact.endDate ?? fact.date) : 'date unknown';
  const reported =
    fact.certainty === 'reported'
      ? fact.reportedOn
        ? ` (reported ${formatDay(fact.reportedOn)}; not in the UN record)`
        : ' (reported; not in the UN record)'
      : '';
  return `${label}, ${day}${reported}`;
}

/**
 * The standing as a small tag beside a partner's name. A fact that is only
 * reported is outlined with a dashed line and says "reported", so it never
 * looks like one the depositary recorded.
 */
export function StandingTag({ standing }: { standing: ConventionStanding }) {
  const text = standingText(standing);
  if (text === null) return null;
  const reported = standing.certainty === 'reported';
  return (
    <span
      className={`standing-tag status-${standing.status}${reported ? ' reported' : ''}`}
      data-status={standing.status}
    >
      <span className="standing-swatch" aria-hidden="true" />
      <span className="visually-hidden">Convention: </span>
      {text}
    </span>
  );
}
