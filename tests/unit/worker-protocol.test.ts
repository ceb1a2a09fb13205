import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/cli/generate-dataset.ts';
import { prepareBytes } from '../../src/data/loading/worker-body.ts';
import {
  PreparedAssembler,
  splitPrepared,
  type WorkerMessage,
  type WorkerTask,
} from '../../src/data/loading/worker-protocol.ts';
import { prepareDataset } from '../../src/data/prepare.ts';

describe('splitPrepared / PreparedAssembler', () => {
  it('sends a prepared dataset in slices and puts it back together unchanged', () => {
    const prepared = prepareDataset(generateDataset(1234, 7));
    const messages = [...splitPrepared(prepared, 500)];
    expect(messages.map((m) => m.type)).toEqual(['head', 'slice', 'slice', 'slice', 'prepared']);

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

describe('prepareBytes (what the dataset workers send)', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;
  /** What a worker sends for `task`, without its progress reports. */
  const run = async (bytes: ArrayBuffer, task: WorkerTask) => {
    const messages: WorkerMessage[] = [];
    await prepareBytes(bytes, (message) => messages.push(message), task);
    return messages.filter((m) => m.type !== 'progress');
  };

  it('prepares a valid file into a head, slices and "prepared"; checks it to "done"', async () => {
    const bytes = () => encode(generateDataset(50, 1));
    const types = (await run(bytes(), 'prepare')).map((m) => m.type);
    expect(types[0]).toBe('head');
    expect(types.at(-1)).toBe('prepared');
    expect(await run(bytes(), 'check')).toEqual([{ type: 'done' }]);
  });

  it('reports its progress while preparing: meetings indexed of the total', async () => {
    const messages: WorkerMessage[] = [];
    await prepareBytes(encode(generateDataset(12_000, 1)), (m) => messages.push(m), 'prepare');
    const progress = messages.flatMap((m) =>
      m.type === 'progress' ? [`${m.stage} ${m.done}/${m.total}`] : [],
    );
    expect(progress).toEqual(['index 0/12000', 'index 5000/12000', 'index 10000/12000']);
    expect(messages.at(-1)?.type).toBe('prepared');
  });

  it('refuses a file nested too deep before it walks it: a deep field never reaches the page', async () => {
    const text = `{"extra":${'{"deeper":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    for (const task of ['prepare', 'check'] as const) {
      const messages = await run(new TextEncoder().encode(text).buffer, task);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.type === 'invalid' && messages[0].problems[0]?.message).toBe(
        'is nested more than 32 levels deep',
      );
    }
  });

  it('checks a file that prepares but breaks a rule to "invalid", never "done"', async () => {
    const data = generateDataset(50, 1);
    data.meetings[7]!.date = '2025-02-30';
    const messages = await run(encode(data), 'check');
    expect(messages).toHaveLength(1);
    const last = messages.at(-1);
    expect(last?.type).toBe('invalid');
    expect(last?.type === 'invalid' && last.problems.map((p) => p.path)).toContain(
      'meetings[7].date',
    );
  });

  it('says a file too malformed to prepare could not be indexed; the check says why', async () => {
    const bytes = () => encode({ title: 'x', meetings: 'none' });
    const prepared = await run(bytes(), 'prepare');
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.type).toBe('error');
    const checked = await run(bytes(), 'check');
    expect(checked).toHaveLength(1);
    expect(checked[0]?.type).toBe('invalid');
  });

  it('reports bytes that are not JSON', async () => {
    const messages = await run(new TextEncoder().encode('{"meetings": [').buffer, 'check');
    expect(messages).toEqual([
      {
        type: 'invalid',
        problems: [{ path: '', message: expect.stringMatching(/^is not valid JSON \(/) }],
      },
    ]);
  });
});
