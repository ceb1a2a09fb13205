import type { ConventionStatus, StatusFilter } from './convention.ts';
import type { Meeting, MeetingFormat, Outcome, Partner, PartnerKind } from './schema.ts';

let regionNames: Intl.DisplayNames | null = null;

/**
 * Names the browser's data gets wrong for this subject: the UN, the convention
 * and Viet Nam's own government write "Viet Nam" (CLDR says "Vietnam").
 */
const NAME_OVERRIDES: Record<string, string> = { VN: 'Viet Nam' };

/** "PL" → "Poland", from the browser's own data, so any code has a name. */
export function countryName(code: string): string {
  const override = NAME_OVERRIDES[code];
  if (override) return override;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function partnerLabel(partner: Partner): string {
  return partner.shortName ?? partner.name;
}

export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  reception: 'Reception',
  talks: 'Talks',
  signing: 'Signing',
  banquet: 'Banquet',
  'side-event': 'Side event',
  plenary: 'Plenary',
  press: 'Press',
  other: 'Other',
};

export const KIND_LABELS: Record<PartnerKind, string> = {
  country: 'Country',
  organization: 'Organisation',
  company: 'Company',
};

/** The `status` filter's values, as the filter bar and its chips say them. */
export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  ratified: 'Ratified (deposited or reported)',
  signed: 'Signed, not ratified',
  'not-signed': 'No signature known',
};

/** A participant's standing, as the map, the meeting view and the convention page say it. */
export const STANDING_LABELS: Record<ConventionStatus, string> = {
  'ratification-deposited': 'Ratification deposited',
  'ratification-reported': 'Ratification reported',
  'signed-hanoi': 'Signed in Hanoi',
  'signed-later': 'Signed later',
  'not-signed': 'No signature known',
  unknown: 'Status not in the data',
};

export const OUTCOME_LABELS: Record<Outcome['type'], string> = {
  'agreement-signed': 'Signed',
  'agreement-planned': 'Planned',
  commitment: 'Commitment',
};

export function meetingPartnerNames(
  meeting: Meeting,
  partnerById: ReadonlyMap<string, Partner>,
): string[] {
  return meeting.partners.map((id) => {
    const partner = partnerById.get(id);
    return partner ? partnerLabel(partner) : id;
  });
}
