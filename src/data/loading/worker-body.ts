import { type PreparedDataset, prepareDataset } from '../prepare.ts';
import { type Dataset, parseDatasetText, sizeProblem, validateDataset } from '../schema.ts';
import { DatasetInvalidError } from './dataset-errors.ts';
import { splitPrepared, type WorkerMessage, type WorkerRequest } from './worker-protocol.ts';

/**
 * What a dataset worker does with the bytes it is given, message by message.
 * Runs only in workers (and in-process in jsdom tests), so the validator never
 * reaches the page's own chunks.
 *
 * Both tasks first read the file the same guarded way: its size, then JSON,
 * then its nesting depth (parseDatasetText), so nothing deeper or larger than
 * the format allows is ever walked. Then one worker validates the whole file
 * against the schema while the other indexes it and sends the slices; the page
 * unpacks the slices meanwhile but uses them only after `valid` (on `invalid`
 * it drops them). On two cores that costs the time of the slower of the two,
 * not of both.
 */
export async function answer(
  { bytes, task }: WorkerRequest,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const tooLarge = sizeProblem(bytes.byteLength);
    if (tooLarge) throw new DatasetInvalidError([tooLarge]);
    // TextDecoder drops a UTF-8 byte order mark by itself.
    const parsed = parseDatasetText(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new DatasetInvalidError(parsed.problems);
    if (task === 'validate') {
      post({ type: 'progress', stage: 'check', done: 0, total: 0 });
      const result = validateDataset(parsed.json);
      if (!result.ok) throw new DatasetInvalidError(result.problems);
      post({ type: 'valid' });
      return;
    }
    let prepared: PreparedDataset;
    try {
      prepared = prepareDataset(parsed.json as Dataset, (done, total) =>
        post({ type: 'progress', stage: 'index', done, total }),
      );
    } catch {
      // A file of the wrong shape; the validating worker says what is wrong.
      return;
    }
    for (const message of splitPrepared(prepared)) post(message);
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
