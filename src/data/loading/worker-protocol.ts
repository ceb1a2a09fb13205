import { FACET_KEYS, perFacet } from '../facets.ts';
import type { PreparedDataset } from '../prepare.ts';
import type { DatasetProblem } from '../problems.ts';

/**
 * The messages between the dataset worker and the page. A prepared dataset of
 * 100,000 meetings is ~70 MB of objects: posted as one message its structured
 * clone would freeze the page for about a second while it is deserialised, so
 * the worker sends a head, then the per-meeting arrays in slices, each of which
 * the page deserialises in its own short task.
 */
export type WorkerRequest = { bytes: ArrayBuffer };

type Head = Omit<PreparedDataset, 'meetings' | 'byId' | 'facetValues' | 'haystacks' | 'data'> & {
  data: Omit<PreparedDataset['data'], 'meetings'>;
};

export interface Slice {
  meetings: PreparedDataset['meetings'];
  facetValues: PreparedDataset['facetValues'];
  haystacks: string[];
}

export type WorkerMessage =
  | { type: 'head'; head: Head }
  | { type: 'slice'; slice: Slice }
  | { type: 'done' }
  /** The worker is checking the file, or has indexed `done` of `total` meetings. */
  | { type: 'progress'; stage: 'check' | 'index'; done: number; total: number }
  | { type: 'error'; message: string }
  | { type: 'invalid'; problems: DatasetProblem[] };

export const SLICE_SIZE = 2000;

export function* splitPrepared(
  prepared: PreparedDataset,
  size = SLICE_SIZE,
): Generator<WorkerMessage> {
  const { meetings, facetValues, haystacks, byId: _byId, data, ...rest } = prepared;
  const { meetings: _fileOrder, ...dataHead } = data;
  yield { type: 'head', head: { ...rest, data: dataHead } };
  for (let start = 0; start < meetings.length; start += size) {
    const end = start + size;
    yield {
      type: 'slice',
      slice: {
        meetings: meetings.slice(start, end),
        facetValues: perFacet((key) => facetValues[key].slice(start, end)),
        haystacks: haystacks.slice(start, end),
      },
    };
  }
  yield { type: 'done' };
}

/** Puts the messages of `splitPrepared` back together, in the order they came. */
export class PreparedAssembler {
  private head: Head | null = null;
  private readonly meetings: PreparedDataset['meetings'] = [];
  private readonly facetValues: PreparedDataset['facetValues'] = perFacet(() => []);
  private readonly haystacks: string[] = [];

  setHead(head: Head): void {
    this.head = head;
  }

  add(slice: Slice): void {
    for (const meeting of slice.meetings) this.meetings.push(meeting);
    for (const key of FACET_KEYS) {
      const target = this.facetValues[key];
      for (const values of slice.facetValues[key]) target.push(values);
    }
    for (const text of slice.haystacks) this.haystacks.push(text);
  }

  finish(): PreparedDataset {
    if (!this.head) throw new Error('the dataset worker sent no head');
    const { data, ...rest } = this.head;
    return {
      ...rest,
      // Display order; the file order is not needed once the indexes exist.
      data: { ...data, meetings: this.meetings },
      meetings: this.meetings,
      byId: new Map(this.meetings.map((m) => [m.id, m])),
      facetValues: this.facetValues,
      haystacks: this.haystacks,
    };
  }
}
