import { splitPrepared, type WorkerMessage } from './dataset-transfer.ts';
import { DatasetInvalidError } from './load-dataset.ts';
import { prepareDataset } from './prepare.ts';
import { type Dataset, validateDataset } from './schema.ts';

/** Parses and validates the downloaded bytes; throws DatasetInvalidError. */
function parseDataset(bytes: ArrayBuffer): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetInvalidError([{ path: '', message: 'the file is not valid JSON' }]);
  }
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return result.data;
}

/**
 * What the dataset worker does with the bytes it is given, message by message.
 * Runs only in the worker (and in-process in jsdom tests), so the validator
 * never reaches the page's own chunks.
 */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const prepared = prepareDataset(parseDataset(bytes));
    for (const message of splitPrepared(prepared)) post(message);
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
