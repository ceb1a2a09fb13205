import { type PreparedDataset, prepareDataset } from '../prepare.ts';
import { type Dataset, parseDatasetText, sizeProblem, validateDataset } from '../schema.ts';
import { DatasetInvalidError } from './dataset-errors.ts';
import { splitPrepared, type WorkerMessage, type WorkerTask } from './worker-protocol.ts';

/**
 * What a dataset worker does with the bytes it is given, message by message.
 * Runs only in the workers (and in-process in jsdom tests), so the validator
 * never reaches the page's own chunks.
 *
 * First the guards, before anything walks the data: its size, then JSON, then
 * its nesting depth (parseDatasetText), so nothing larger or deeper than the
 * format allows is ever indexed, copied or posted. Then the task:
 * - `prepare` indexes the meetings and posts the head and slices, then
 *   `prepared`. A file of the wrong shape may fail to prepare: it says so
 *   with `error`, and the check says why.
 * - `check` runs the full schema check and posts `done` or `invalid`.
 * The page runs both at once in two workers and uses the slices only once the
 * check says `done`: checking first would add its whole time to every load
 * (about 0.8 s at 10,000 meetings on the benchmark machine); beside the
 * preparation, on another core, it costs a second JSON parse.
 */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
  task: WorkerTask,
): Promise<void> {
  try {
    const tooLarge = sizeProblem(bytes.byteLength);
    if (tooLarge) throw new DatasetInvalidError([tooLarge]);
    // TextDecoder drops a UTF-8 byte order mark by itself.
    const parsed = parseDatasetText(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new DatasetInvalidError(parsed.problems);
    if (task === 'prepare') {
      let prepared: PreparedDataset;
      try {
        prepared = prepareDataset(parsed.json as Dataset, (done, total) =>
          post({ type: 'progress', stage: 'index', done, total }),
        );
      } catch (error) {
        post({
          type: 'error',
          message: `The data could not be indexed: ${(error as Error).message}`,
        });
        return;
      }
      for (const message of splitPrepared(prepared)) post(message);
      return;
    }
    const result = validateDataset(parsed.json);
    if (!result.ok) throw new DatasetInvalidError(result.problems);
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
