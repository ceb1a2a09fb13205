import { prepareDataset } from '../prepare.ts';
import { parseDatasetText, sizeProblem, validateDataset } from '../schema.ts';
import { DatasetInvalidError } from './dataset-errors.ts';
import { splitPrepared, type WorkerMessage } from './worker-protocol.ts';

/**
 * What the dataset worker does with the bytes it is given, message by message.
 * Runs only in the worker (and in-process in jsdom tests), so the validator
 * never reaches the page's own chunks.
 *
 * Nothing touches the data before it is checked: size, then JSON, then nesting
 * depth (parseDatasetText), then the schema. Only the validated copy, which
 * holds no field the format lacks, is indexed and sent to the page in slices.
 */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const tooLarge = sizeProblem(bytes.byteLength);
    if (tooLarge) throw new DatasetInvalidError([tooLarge]);
    // TextDecoder drops a UTF-8 byte order mark by itself.
    post({ type: 'progress', stage: 'check', done: 0, total: 0 });
    const parsed = parseDatasetText(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new DatasetInvalidError(parsed.problems);
    const result = validateDataset(parsed.json);
    if (!result.ok) throw new DatasetInvalidError(result.problems);
    const prepared = prepareDataset(result.data, (done, total) =>
      post({ type: 'progress', stage: 'index', done, total }),
    );
    for (const message of splitPrepared(prepared)) post(message);
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
