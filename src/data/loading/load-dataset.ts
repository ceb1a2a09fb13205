import type { PreparedDataset } from '../prepare.ts';
import { DatasetFetchError, DatasetInvalidError } from './dataset-errors.ts';
import { fetchDatasetBytes } from './fetch-dataset.ts';
import { reportProgress } from './load-progress.ts';
import { PreparedAssembler, type WorkerMessage, type WorkerRequest } from './worker-protocol.ts';

/**
 * Downloads the dataset on the page (reusing the preload), then parses,
 * validates and indexes it in a Web Worker, so even 100,000 meetings never
 * freeze the page.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  if (typeof Worker === 'undefined') {
    throw new DatasetFetchError('This browser cannot run the explorer: it lacks Web Workers.');
  }
  // Started before the download, so the worker's own code loads and starts
  // while the data is still on its way rather than after it.
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset',
  });
  const prepared = answersOf(worker, signal);
  // Its failure may come while the download is still running; it is reported
  // through the returned promise, not as an unhandled rejection.
  prepared.catch(() => {});
  try {
    const bytes = await fetchDatasetBytes(url, signal, (done, total) =>
      reportProgress({ stage: 'download', done, total }),
    );
    // Transferred, not copied: the page has no further use for the bytes.
    worker.postMessage({ bytes } satisfies WorkerRequest, [bytes]);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return prepared;
}

/** The prepared dataset the worker sends back, message by message. */
function answersOf(worker: Worker, signal?: AbortSignal): Promise<PreparedDataset> {
  return new Promise((resolve, reject) => {
    const assembler = new PreparedAssembler();
    const stop = (settle: () => void) => {
      worker.terminate();
      reportProgress(null);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => stop(() => reject(signal?.reason));
    signal?.addEventListener('abort', onAbort);
    worker.onerror = (event) => {
      event.preventDefault();
      stop(() =>
        reject(
          new DatasetFetchError('Part of the app could not be downloaded. Check your connection.'),
        ),
      );
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'head':
          assembler.setHead(message.head);
          break;
        case 'slice':
          assembler.add(message.slice);
          break;
        case 'progress':
          reportProgress({
            stage: message.stage,
            done: message.done,
            total: message.total || null,
          });
          break;
        case 'done':
          stop(() => resolve(assembler.finish()));
          break;
        case 'invalid':
          stop(() => reject(new DatasetInvalidError(message.problems)));
          break;
        case 'error':
          stop(() => reject(new DatasetFetchError(message.message)));
          break;
      }
    };
  });
}
