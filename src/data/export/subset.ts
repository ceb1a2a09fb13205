import type { Dataset, Meeting } from '../schema.ts';

/**
 * The matching meetings as a dataset file of their own, valid under the same
 * format (so it opens in this explorer and passes the data check): the
 * dataset's metadata, the meetings, and only the partners and topics they
 * name. The convention part describes the treaty, not the meetings: left out.
 */
export function subsetDataset(data: Dataset, meetings: readonly Meeting[]): Dataset {
  const partners = new Set(
    meetings.flatMap((m) => [...m.partners, ...m.counterparts.flatMap((c) => c.partner ?? [])]),
  );
  const topics = new Set(meetings.flatMap((m) => m.topics));
  const { convention: _, ...rest } = data;
  return {
    ...rest,
    topics: data.topics.filter((t) => topics.has(t.id)),
    partners: data.partners.filter((p) => partners.has(p.id)),
    meetings: [...meetings],
  };
}
