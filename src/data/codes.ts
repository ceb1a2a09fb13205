/**
 * Values of the dataset format that the URL parser needs too. Kept apart from
 * schema.ts so the first load does not carry the validator (valibot).
 */
export { isIsoCountryCode } from './iso-countries.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a day that exists in the calendar. */
export function isRealIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
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
