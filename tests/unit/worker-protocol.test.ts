import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/cli/generate-dataset.ts';
import { answer } from '../../src/data/loading/worker-body.ts';
import {
  PreparedAssembler,
  splitPrepared,
  type WorkerMessage,
  type WorkerRequest,
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

describe('answer (what the dataset workers send)', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;
  /** What a worker sends for `task`, without its progress reports. */
  const run = async (bytes: ArrayBuffer, task: WorkerRequest['task']) => {
    const messages: WorkerMessage[] = [];
    await answer({ bytes, task }, (message) => messages.push(message));
    return messages.filter((m) => m.type !== 'progress');
  };

  it('prepares a valid file into a head, slices and "done"; validates it as "valid"', async () => {
    const types = (await run(encode(generateDataset(50, 1)), 'prepare')).map((m) => m.type);
    expect(types[0]).toBe('head');
    expect(types.at(-1)).toBe('done');
    expect(await run(encode(generateDataset(50, 1)), 'validate')).toEqual([{ type: 'valid' }]);
  });

  it('reports progress: the validator that it checks, the preparer meetings indexed of the total', async () => {
    const bytes = () => encode(generateDataset(12_000, 1));
    const progressOf = async (task: WorkerRequest['task']) => {
      const messages: WorkerMessage[] = [];
      await answer({ bytes: bytes(), task }, (m) => messages.push(m));
      return messages.flatMap((m) =>
        m.type === 'progress' ? [`${m.stage} ${m.done}/${m.total}`] : [],
      );
    };
    expect(await progressOf('validate')).toEqual(['check 0/0']);
    expect(await progressOf('prepare')).toEqual([
      'index 0/12000',
      'index 5000/12000',
      'index 10000/12000',
    ]);
  });

  it('refuses a file nested too deep before either worker walks it', async () => {
    const text = `{"extra":${'{"deeper":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    for (const task of ['validate', 'prepare'] as const) {
      const messages = await run(new TextEncoder().encode(text).buffer, task);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.type === 'invalid' && messages[0].problems[0]?.message).toBe(
        'is nested more than 32 levels deep',
      );
    }
  });

  it('validates a file that prepares but breaks a rule as "invalid", with the path', async () => {
    const data = generateDataset(50, 1);
    data.meetings[7]!.date = '2025-02-30';
    const messages = await run(encode(data), 'validate');
    expect(messages).toHaveLength(1);
    const [verdict] = messages;
    expect(verdict?.type === 'invalid' && verdict.problems.map((p) => p.path)).toContain(
      'meetings[7].date',
    );
  });

  it('leaves a file too malformed to prepare to the validator, which names the problems', async () => {
    const bytes = () => encode({ title: 'x', meetings: 'none' });
    expect(await run(bytes(), 'prepare')).toEqual([]);
    const verdict = await run(bytes(), 'validate');
    expect(verdict).toHaveLength(1);
    expect(verdict[0]?.type).toBe('invalid');
  });

  it('reports bytes that are not JSON', async () => {
    const messages = await run(new TextEncoder().encode('{"meetings": [').buffer, 'validate');
    expect(messages).toEqual([
      {
        type: 'invalid',
        problems: [{ path: '', message: expect.stringMatching(/^is not valid JSON \(/) }],
      },
    ]);
  });
});
