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
