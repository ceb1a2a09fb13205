/**
 * Values of the dataset format that the URL parser needs too. Kept apart from
 * schema.ts so the first load does not carry the validator (valibot).
 */
import { isIsoCountryCode } from './iso-countries.ts';

export { isIsoCountryCode };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is YYYY-MM-DD and names a day that exists in the calendar.
 * Arithmetic rather than a Date: the data check calls it for every date of
 * every meeting, and this is several times faster.
 */
export function isRealIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
}

export const PARTNER_KINDS = ['country', 'organization', 'company'] as const;
export const MEETING_FORMATS = [
  'reception',
  'talks',
  'signing',
  'banquet',
  'side-event',
  'plenary',
  'press',
  'other',
] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const OUTCOME_TYPES = ['agreement-signed', 'agreement-planned', 'commitment'] as const;
export const DATE_CERTAINTIES = ['exact', 'inferred'] as const;

/**
 * The convention part (docs/dataset-format.md). Participants are states, named
 * by ISO 3166-1 alpha-2 code, or regional economic integration organisations,
 * named by these codes (ISO reserves "EU" for the European Union).
 */
export const REGIONAL_ORGANIZATION_CODES = ['EU'] as const;

export function isParticipantCode(value: string): boolean {
  return (
    (REGIONAL_ORGANIZATION_CODES as readonly string[]).includes(value) || isIsoCountryCode(value)
  );
}

/** `recorded`: in the depositary's record; `reported`: only in other reports. */
export const CONVENTION_CERTAINTIES = ['recorded', 'reported'] as const;
export const CONVENTION_ACTION_TYPES = [
  'ratification',
  'acceptance',
  'approval',
  'accession',
] as const;
/** Where the convention was open for signature (art. 64). */
export const SIGNATURE_PLACES = ['hanoi', 'new-york'] as const;
/** `day-unknown`: it happened on one day between `date` and `endDate`. */
export const CONVENTION_DATE_CERTAINTIES = ['exact', 'inferred', 'day-unknown'] as const;
export const MILESTONE_KINDS = [
  'resolution',
  'negotiation-session',
  'consultation',
  'adoption',
  'outreach',
  'signature-ceremony',
  'signature-period',
  'ratification',
  'meeting',
  'entry-into-force',
  'other',
] as const;
/** Absent: it has happened. */
export const MILESTONE_STATUSES = ['scheduled', 'not-reached'] as const;
