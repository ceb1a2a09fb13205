import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/cli/generate-dataset.ts';
import { prepareBytes } from '../../src/data/loading/worker-body.ts';
import {
  PreparedAssembler,
  splitPrepared,
  type WorkerMessage,
} from '../../src/data/loading/worker-protocol.ts';
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
    expect(rebuilt.domains).toEqual(prepared.domains);
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

describe('prepareBytes (what the dataset worker sends)', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;
  /** What the worker sends, without its progress reports. */
  const run = async (bytes: ArrayBuffer) => {
    const messages: WorkerMessage[] = [];
    await prepareBytes(bytes, (message) => messages.push(message));
    return messages.filter((m) => m.type !== 'progress');
  };

  it('ends a valid file with "done"', async () => {
    const types = (await run(encode(generateDataset(50, 1)))).map((m) => m.type);
    expect(types[0]).toBe('head');
    expect(types.at(-1)).toBe('done');
  });

  it('reports its progress: meetings indexed of the total, then the check before "done"', async () => {
    const messages: WorkerMessage[] = [];
    await prepareBytes(encode(generateDataset(12_000, 1)), (m) => messages.push(m));
    const progress = messages.flatMap((m) =>
      m.type === 'progress' ? [`${m.stage} ${m.done}/${m.total}`] : [],
    );
    expect(progress).toEqual([
      'index 0/12000',
      'index 5000/12000',
      'index 10000/12000',
      'check 0/0',
    ]);
    expect(messages.at(-2)?.type).toBe('progress');
    expect(messages.at(-1)?.type).toBe('done');
  });

  it('refuses a file nested too deep before it walks it: a deep field never reaches the page', async () => {
    const text = `{"extra":${'{"deeper":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const messages = await run(new TextEncoder().encode(text).buffer);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.type === 'invalid' && messages[0].problems[0]?.message).toBe(
      'is nested more than 32 levels deep',
    );
  });

  it('ends a file that prepares but breaks a rule with "invalid", never "done"', async () => {
    const data = generateDataset(50, 1);
    data.meetings[7]!.date = '2025-02-30';
    const messages = await run(encode(data));
    expect(messages.map((m) => m.type)).not.toContain('done');
    const last = messages.at(-1);
    expect(last?.type).toBe('invalid');
    expect(last?.type === 'invalid' && last.problems.map((p) => p.path)).toContain(
      'meetings[7].date',
    );
  });

  it('reports a file too malformed to prepare with its problems', async () => {
    const messages = await run(encode({ title: 'x', meetings: 'none' }));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.type).toBe('invalid');
  });

  it('reports bytes that are not JSON', async () => {
    const messages = await run(new TextEncoder().encode('{"meetings": [').buffer);
    expect(messages).toEqual([
      {
        type: 'invalid',
        problems: [{ path: '', message: expect.stringMatching(/^is not valid JSON \(/) }],
      },
    ]);
  });
});
