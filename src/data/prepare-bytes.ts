import { splitPrepared, type WorkerMessage } from './dataset-transfer.ts';
import { DatasetInvalidError, parseDataset } from './load-dataset.ts';
import { prepareDataset } from './prepare.ts';

/** What the dataset worker does with the bytes it is given, message by message. */
export async function prepareBytes(
  bytes: ArrayBuffer,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    const prepared = prepareDataset(await parseDataset(bytes));
    for (const message of splitPrepared(prepared)) post(message);
  } catch (error) {
    if (error instanceof DatasetInvalidError) post({ type: 'invalid', problems: error.problems });
    else post({ type: 'error', message: (error as Error).message });
  }
}
