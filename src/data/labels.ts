/**
 * The message keys of the dataset's fixed vocabularies (formats, kinds,
 * standings…): `t(FORMAT_LABELS[format])` says one in the interface language.
 */

import type { Locale } from '../i18n/locales.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { ConventionStatus, StatusFilter } from './convention.ts';
import { partnerLabel } from './localize.ts';
import type { Meeting, MeetingFormat, Outcome, Partner, PartnerKind } from './schema.ts';

export const FORMAT_LABELS: Record<MeetingFormat, MessageKey> = {
  reception: 'format.reception',
  talks: 'format.talks',
  signing: 'format.signing',
  banquet: 'format.banquet',
  'side-event': 'format.side-event',
  plenary: 'format.plenary',
  press: 'format.press',
  other: 'format.other',
};

export const KIND_LABELS: Record<PartnerKind, MessageKey> = {
  country: 'kind.country',
  organization: 'kind.organization',
  company: 'kind.company',
};

/** The `status` filter's values, as the filter bar and its chips say them. */
export const STATUS_FILTER_LABELS: Record<StatusFilter, MessageKey> = {
  ratified: 'status-filter.ratified',
  signed: 'status-filter.signed',
  'not-signed': 'status-filter.not-signed',
};

/** A participant's standing, as the map, the meeting view and the convention page say it. */
export const STANDING_LABELS: Record<ConventionStatus, MessageKey> = {
  'ratification-deposited': 'standing.ratification-deposited',
  'ratification-reported': 'standing.ratification-reported',
  'signed-hanoi': 'standing.signed-hanoi',
  'signed-later': 'standing.signed-later',
  'not-signed': 'standing.not-signed',
  unknown: 'standing.unknown',
};

export const OUTCOME_LABELS: Record<Outcome['type'], MessageKey> = {
  'agreement-signed': 'outcome.agreement-signed',
  'agreement-planned': 'outcome.agreement-planned',
  commitment: 'outcome.commitment',
};

export function meetingPartnerNames(
  meeting: Meeting,
  partnerById: ReadonlyMap<string, Partner>,
  locale: Locale,
): string[] {
  return meeting.partners.map((id) => {
    const partner = partnerById.get(id);
    return partner ? partnerLabel(partner, locale) : id;
  });
}
