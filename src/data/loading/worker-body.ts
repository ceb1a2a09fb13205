import { type PreparedDataset, prepareDataset } from '../prepare.ts';
import { type Dataset, validateDataset } from '../schema.ts';
import { DatasetInvalidError } from './dataset-errors.ts';
import { splitPrepared, type WorkerMessage } from './worker-protocol.ts';

function parseJson(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetInvalidError([{ path: '', message: 'the file is not valid JSON' }]);
  }
}

function validated(json: unknown): Dataset {
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return result.data;
}

/**
 * What the dataset worker does with the bytes it is given, message by message.
 * Runs only in the worker (and in-process in jsdom tests), so the validator
 * never reaches the page's own chunks.
 *
 * The prepared slices go out before validation ends, so the page unpacks them
 * while the worker validates; the page uses them only once `done` says the
 * file is valid (on `invalid` it drops them). Preparing a file that turns out
 * to be malformed may throw; validation then says why.
 */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const json = parseJson(bytes);
    let prepared: PreparedDataset;
    let checked = false;
    try {
      prepared = prepareDataset(json as Dataset);
    } catch {
      prepared = prepareDataset(validated(json));
      checked = true;
    }
    for (const message of splitPrepared(prepared)) {
      if (message.type === 'done' && !checked) validated(json);
      post(message);
    }
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
