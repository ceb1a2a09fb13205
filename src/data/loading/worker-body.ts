import { type PreparedDataset, prepareDataset } from '../prepare.ts';
import { type Dataset, parseDatasetText, sizeProblem, validateDataset } from '../schema.ts';
import { DatasetInvalidError } from './dataset-errors.ts';
import { splitPrepared, type WorkerMessage } from './worker-protocol.ts';

/**
 * What the dataset worker does with the bytes it is given, message by message.
 * Runs only in the worker (and in-process in jsdom tests), so the validator
 * never reaches the page's own chunks.
 *
 * First the guards, before anything walks the data: its size, then JSON, then
 * its nesting depth (parseDatasetText), so nothing larger or deeper than the
 * format allows is ever indexed, copied or posted. Then the slices go out and
 * the full schema check runs while the page unpacks them: the page uses them
 * only once `done` says the file is valid (on `invalid` it drops them). Checking
 * the schema first would add its whole time to every load (about 0.8 s at
 * 10,000 meetings on the benchmark machine, over the budget); this way it costs
 * nothing the page waits for. A file of the wrong shape may fail to prepare;
 * validation then says why.
 */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const tooLarge = sizeProblem(bytes.byteLength);
    if (tooLarge) throw new DatasetInvalidError([tooLarge]);
    // TextDecoder drops a UTF-8 byte order mark by itself.
    const parsed = parseDatasetText(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new DatasetInvalidError(parsed.problems);
    let prepared: PreparedDataset | null = null;
    try {
      prepared = prepareDataset(parsed.json as Dataset, (done, total) =>
        post({ type: 'progress', stage: 'index', done, total }),
      );
    } catch {
      // Not the shape of a dataset; the check below says what is wrong.
    }
    if (prepared) {
      for (const message of splitPrepared(prepared)) if (message.type !== 'done') post(message);
    }
    post({ type: 'progress', stage: 'check', done: 0, total: 0 });
    const result = validateDataset(parsed.json);
    if (!result.ok) throw new DatasetInvalidError(result.problems);
    // `done` only now: the page may use the slices once the file is known valid.
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
