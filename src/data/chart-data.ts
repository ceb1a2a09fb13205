import { KIND_LABELS, partnerLabel } from './labels.ts';
import type { PreparedDataset } from './prepare.ts';
import type { Meeting, PartnerKind } from './schema.ts';
import type { FacetCounts } from './selectors.ts';
import { type Bucket, bucketFor, bucketLabel, bucketStart, nextBucket } from './time-buckets.ts';

export interface TopicBar {
  id: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Meetings per topic with every filter but the topic filter; largest first. */
export function topicBars(
  prepared: PreparedDataset,
  counts: FacetCounts,
  selected: readonly string[],
): TopicBar[] {
  return prepared.data.topics
    .map((t) => ({
      id: t.id,
      label: t.label,
      count: counts.topic.get(t.id) ?? 0,
      selected: selected.includes(t.id),
    }))
    .filter((bar) => bar.count > 0 || bar.selected)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

export type ActivityKey = PartnerKind | 'none';
export const ACTIVITY_KEYS: readonly ActivityKey[] = ['country', 'organization', 'company', 'none'];
export const ACTIVITY_LABELS: Record<ActivityKey, string> = { ...KIND_LABELS, none: 'No partner' };

export interface ActivityRow {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  label: string;
  total: number;
  country: number;
  organization: number;
  company: number;
  none: number;
}

/**
 * Meetings over time, stacked by the kind of their first partner, in the
 * buckets `bucketFor` picks for the span; empty buckets are kept so gaps show
 * as gaps.
 */
export function activityOverTime(
  prepared: PreparedDataset,
  meetings: readonly Meeting[],
): { bucket: Bucket; rows: ActivityRow[] } {
  const first = meetings[0]?.date;
  const last = meetings.at(-1)?.date;
  if (!first || !last) return { bucket: 'day', rows: [] };
  const bucket = bucketFor(first, last);
  const rows = new Map<string, ActivityRow>();
  const end = bucketStart(last, bucket);
  for (let start = bucketStart(first, bucket); start <= end; start = nextBucket(start, bucket)) {
    rows.set(start, {
      start,
      label: bucketLabel(start, bucket, 'short'),
      total: 0,
      country: 0,
      organization: 0,
      company: 0,
      none: 0,
    });
  }
  for (const meeting of meetings) {
    const row = rows.get(bucketStart(meeting.date, bucket));
    if (!row) continue;
    const firstPartner = meeting.partners[0];
    const kind: ActivityKey =
      (firstPartner && prepared.partnerById.get(firstPartner)?.kind) || 'none';
    row[kind] += 1;
    row.total += 1;
  }
  return { bucket, rows: [...rows.values()] };
}

/** The columns of an outcome row, each counting one outcome type. */
export const OUTCOME_SERIES = [
  { key: 'signed', type: 'agreement-signed' },
  { key: 'planned', type: 'agreement-planned' },
  { key: 'commitment', type: 'commitment' },
] as const;

export interface OutcomeRow {
  id: string;
  label: string;
  signed: number;
  planned: number;
  commitment: number;
  total: number;
}

/** Agreements signed, planned and other commitments per partner; busiest first. */
export function outcomesByPartner(
  prepared: PreparedDataset,
  meetings: readonly Meeting[],
  limit = 12,
): OutcomeRow[] {
  const rows = new Map<string, OutcomeRow>();
  for (const meeting of meetings) {
    if (meeting.outcomes.length === 0) continue;
    for (const id of meeting.partners) {
      const partner = prepared.partnerById.get(id);
      if (!partner) continue;
      let row = rows.get(id);
      if (!row) {
        row = { id, label: partnerLabel(partner), signed: 0, planned: 0, commitment: 0, total: 0 };
        rows.set(id, row);
      }
      for (const outcome of meeting.outcomes) {
        if (outcome.type === 'agreement-signed') row.signed += 1;
        else if (outcome.type === 'agreement-planned') row.planned += 1;
        else row.commitment += 1;
        row.total += 1;
      }
    }
  }
  return [...rows.values()]
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'en'))
    .slice(0, limit);
}
