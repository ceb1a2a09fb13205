import { REGIONAL_ORGANIZATION_CODES } from './codes.ts';
import type { Convention, Participant, Partner } from './schema.ts';

/**
 * Where a participant stands with the convention, the strongest fact first: an
 * instrument deposited (recorded by the depositary) or only reported, else a
 * signature in Hanoi or later in New York. `not-signed` means no signature is
 * known to the dataset (the depositary's total may name signatories it does
 * not identify); `unknown` means the dataset has no convention part at all.
 */
export const CONVENTION_STATUSES = [
  'ratification-deposited',
  'ratification-reported',
  'signed-hanoi',
  'signed-later',
  'not-signed',
  'unknown',
] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export interface ConventionStanding {
  status: ConventionStatus;
  /** How sure the fact behind the status is; null when there is none. */
  certainty: 'recorded' | 'reported' | null;
  participant: Participant | null;
}

/**
 * The `status` filter's values (docs/url-contract.md): each partner in one of
 * them, by its strongest fact. `ratified` takes in acceptance, approval and
 * accession, and ratifications that are only reported.
 */
export const STATUS_FILTERS = ['ratified', 'signed', 'not-signed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function statusFilterOf(status: ConventionStatus): StatusFilter | null {
  switch (status) {
    case 'ratification-deposited':
    case 'ratification-reported':
      return 'ratified';
    case 'signed-hanoi':
    case 'signed-later':
      return 'signed';
    case 'not-signed':
      return 'not-signed';
    case 'unknown':
      return null;
  }
}

const REGIONAL = new Set<string>(REGIONAL_ORGANIZATION_CODES);

export function standingOf(participant: Participant): ConventionStanding {
  const { action, signature } = participant;
  if (action) {
    const recorded = action.certainty === 'recorded';
    return {
      status: recorded ? 'ratification-deposited' : 'ratification-reported',
      certainty: action.certainty,
      participant,
    };
  }
  return {
    status: signature?.place === 'hanoi' ? 'signed-hanoi' : 'signed-later',
    certainty: signature?.certainty ?? null,
    participant,
  };
}

/** The signature or instrument a standing rests on, if any. */
export function standingFact(
  standing: ConventionStanding,
): NonNullable<Participant['signature'] | Participant['action']> | null {
  const participant = standing.participant;
  if (!participant) return null;
  if (standing.status.startsWith('ratification-')) return participant.action ?? null;
  return participant.signature ?? null;
}

const NO_DATA: ConventionStanding = { status: 'unknown', certainty: null, participant: null };
const NOT_SIGNED: ConventionStanding = { status: 'not-signed', certainty: null, participant: null };

/**
 * A lookup from participant code ("PL", "EU") to standing, indexed once per
 * dataset (kept per convention object) so views can ask for every country on
 * the map cheaply.
 */
const lookups = new WeakMap<Convention, (code: string) => ConventionStanding>();

export function standingLookup(
  convention: Convention | undefined,
): (code: string) => ConventionStanding {
  if (!convention) return () => NO_DATA;
  let lookup = lookups.get(convention);
  if (!lookup) {
    const byCode = new Map(convention.participants.map((p) => [p.code, standingOf(p)]));
    lookup = (code) => byCode.get(code) ?? NOT_SIGNED;
    lookups.set(convention, lookup);
  }
  return lookup;
}

/**
 * The participant code a partner of the dataset stands for: a country's own
 * code, or an organisation whose short name is a regional organisation's code
 * (the EU). Companies and other organisations cannot be parties.
 */
export function participantCodeOf(partner: Partner): string | null {
  if (partner.kind === 'country') return partner.country ?? null;
  if (partner.kind === 'organization' && partner.shortName && REGIONAL.has(partner.shortName))
    return partner.shortName;
  return null;
}

/** A partner's standing, or null for one that cannot be a party (a company, most organisations). */
export function partnerStanding(
  partner: Partner,
  standing: (code: string) => ConventionStanding,
): ConventionStanding | null {
  const code = participantCodeOf(partner);
  return code ? standing(code) : null;
}

export interface ConventionCounts {
  /** The depositary's stated number of signatories, and the day it is as at. */
  statedSignatories: number;
  statedAsOf: string | null;
  /** Signatures the dataset names that the stated total covers. */
  identifiedSignatories: number;
  /** Signatures the dataset names after the stated total's day, or undated ones it cannot place. */
  laterSignatures: number;
  /** Instruments that count toward entry into force (a regional organisation's do not, art. 65). */
  ratificationsDeposited: number;
  ratificationsReported: number;
  ratificationsNeeded: number;
}

/**
 * The counts the header and the convention page state. A signature counts
 * toward the depositary's total when it surely falls on or before the day the
 * total is as at; without that day, every signature does.
 */
export function conventionCounts(convention: Convention): ConventionCounts {
  const { totals } = convention;
  const asOf = totals.signatoriesAsOf;
  let identified = 0;
  let signed = 0;
  let deposited = 0;
  let reported = 0;
  for (const { signature, action, code } of convention.participants) {
    if (signature) {
      signed++;
      const lastDay = signature.endDate ?? signature.date;
      if (asOf === undefined || (lastDay !== undefined && lastDay <= asOf)) identified++;
    }
    if (action && !REGIONAL.has(code)) {
      if (action.certainty === 'recorded') deposited++;
      else reported++;
    }
  }
  return {
    statedSignatories: totals.signatories,
    statedAsOf: asOf ?? null,
    identifiedSignatories: identified,
    laterSignatures: signed - identified,
    ratificationsDeposited: deposited,
    ratificationsReported: reported,
    ratificationsNeeded: totals.ratificationsNeeded,
  };
}
