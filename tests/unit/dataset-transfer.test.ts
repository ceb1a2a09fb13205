import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-dataset.ts';
import { PreparedAssembler, splitPrepared } from '../../src/data/dataset-transfer.ts';
import { prepareDataset } from '../../src/data/prepare.ts';

describe('splitPrepared / PreparedAssembler', () => {
  it('sends a prepared dataset in slices and puts it back together unchanged', () => {
    const prepared = prepareDataset(generateDataset(1234, 7));
    const messages = [...splitPrepared(prepared, 500)];
    expect(messages.map((m) => m.type)).toEqual(['head', 'slice', 'slice', 'slice', 'done']);

    const assembler = new PreparedAssembler();
    // Every message crosses a structured clone on its way out of the worker.
    for (const message of messages.map((m) => structuredClone(m))) {
      if (message.type === 'head') assembler.setHead(message.head);
      if (message.type === 'slice') assembler.add(message.slice);
    }
    const rebuilt = assembler.finish();

    expect(rebuilt.meetings).toEqual(prepared.meetings);
    expect(rebuilt.facetValues).toEqual(prepared.facetValues);
    expect(rebuilt.haystacks).toEqual(prepared.haystacks);
    expect(rebuilt.countries).toEqual(prepared.countries);
    expect(rebuilt.activePartners).toEqual(prepared.activePartners);
    expect([...rebuilt.byId.keys()]).toEqual([...prepared.byId.keys()]);
    expect(rebuilt.byId.get(prepared.meetings[3]!.id)).toBe(rebuilt.meetings[3]);
    expect(rebuilt.data.title).toBe(prepared.data.title);
    expect(rebuilt.data.meetings).toHaveLength(1234);
  });

  it('refuses to finish without a head', () => {
    expect(() => new PreparedAssembler().finish()).toThrow(/no head/);
  });
});
