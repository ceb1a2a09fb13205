import { PreparedAssembler, type WorkerMessage, type WorkerRequest } from './dataset-transfer.ts';
import { DatasetFetchError, DatasetInvalidError, fetchDatasetBytes } from './load-dataset.ts';
import type { PreparedDataset } from './prepare.ts';

/**
 * Downloads the dataset on the page (reusing the preload), then parses,
 * validates and indexes it in a Web Worker, so even 100,000 meetings never
 * freeze the page.
 */
export async function loadPrepared(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  if (typeof Worker === 'undefined') {
    throw new DatasetFetchError('This browser cannot run the explorer: it lacks Web Workers.');
  }
  const bytes = await fetchDatasetBytes(url, signal);
  return prepareInWorker(bytes, signal);
}

function prepareInWorker(bytes: ArrayBuffer, signal?: AbortSignal): Promise<PreparedDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset',
    });
    const assembler = new PreparedAssembler();
    const stop = (settle: () => void) => {
      worker.terminate();
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
    // Transferred, not copied: the page has no further use for the bytes.
    worker.postMessage({ bytes } satisfies WorkerRequest, [bytes]);
  });
}
