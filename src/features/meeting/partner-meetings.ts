import type { PreparedDataset } from '../../data/prepare.ts';
import type { Meeting } from '../../data/schema.ts';

/**
 * Per partner id, its meetings in display order. Built on the first meeting
 * opened and kept for the dataset, so each later opening costs only the few
 * meetings it lists (one pass over 10,000 meetings takes about a millisecond).
 */
const byPartnerCache = new WeakMap<PreparedDataset, Map<string, Meeting[]>>();

function meetingsByPartner(prepared: PreparedDataset): Map<string, Meeting[]> {
  let index = byPartnerCache.get(prepared);
  if (!index) {
    index = new Map();
    for (const meeting of prepared.meetings) {
      for (const id of meeting.partners) {
        const list = index.get(id);
        if (list) list.push(meeting);
        else index.set(id, [meeting]);
      }
    }
    byPartnerCache.set(prepared, index);
  }
  return index;
}

/**
 * Up to `limit` other meetings of `partnerId`, the ones closest in date order
 * to `meeting`, and how many other meetings the partner has in all.
 */
export function otherMeetingsWith(
  prepared: PreparedDataset,
  partnerId: string,
  meeting: Meeting,
  limit: number,
): { nearby: Meeting[]; total: number } {
  const all = meetingsByPartner(prepared).get(partnerId) ?? [];
  const at = all.indexOf(meeting);
  const others = at === -1 ? all : [...all.slice(0, at), ...all.slice(at + 1)];
  // A window centred on where the open meeting would sit, slid to stay inside the list.
  const centre = at === -1 ? 0 : at;
  const start = Math.max(0, Math.min(centre - Math.floor(limit / 2), others.length - limit));
  return { nearby: others.slice(start, start + limit), total: others.length };
}
