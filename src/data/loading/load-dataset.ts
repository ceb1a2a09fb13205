import type { PreparedDataset } from '../prepare.ts';
import { DatasetFetchError, DatasetInvalidError } from './dataset-errors.ts';
import { fetchDatasetBytes } from './fetch-dataset.ts';
import { reportProgress } from './load-progress.ts';
import { PreparedAssembler, type WorkerMessage, type WorkerRequest } from './worker-protocol.ts';

/**
 * Downloads the dataset on the page (reusing the preload), then hands it to
 * two Web Workers: one validates it, the other indexes it (worker-body.ts), so
 * even 100,000 meetings never freeze the page and the check costs no extra time.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  if (typeof Worker === 'undefined') {
    throw new DatasetFetchError('This browser cannot run the explorer: it lacks Web Workers.');
  }
  // Started before the download, so the workers' code loads and starts while
  // the data is still on its way rather than after it.
  const workers = (['validate', 'prepare'] as const).map((task) => ({
    task,
    worker: new Worker(new URL('./dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: `dataset-${task}`,
    }),
  }));
  const prepared = answersOf(
    workers.map((w) => w.worker),
    signal,
  );
  // Its failure may come while the download is still running; it is reported
  // through the returned promise, not as an unhandled rejection.
  prepared.catch(() => {});
  try {
    const bytes = await fetchDatasetBytes(url, signal, (done, total) =>
      reportProgress({ stage: 'download', done, total }),
    );
    for (const { task, worker } of workers) {
      // Each worker gets its own copy; the last one takes the original.
      const own = task === 'prepare' ? bytes : bytes.slice(0);
      worker.postMessage({ bytes: own, task } satisfies WorkerRequest, [own]);
    }
  } catch (error) {
    for (const { worker } of workers) worker.terminate();
    throw error;
  }
  return prepared;
}

/**
 * The prepared dataset, once the preparing worker has sent every slice and the
 * validating worker has found the file valid.
 */
function answersOf(workers: Worker[], signal?: AbortSignal): Promise<PreparedDataset> {
  return new Promise((resolve, reject) => {
    const assembler = new PreparedAssembler();
    let valid = false;
    let assembled = false;
    let settled = false;
    const stop = (settle: () => void) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) worker.terminate();
      reportProgress(null);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const finishIfReady = () => {
      if (valid && assembled) stop(() => resolve(assembler.finish()));
    };
    const onAbort = () => stop(() => reject(signal?.reason));
    signal?.addEventListener('abort', onAbort);
    for (const worker of workers) {
      worker.onerror = (event) => {
        event.preventDefault();
        stop(() =>
          reject(
            new DatasetFetchError(
              'Part of the app could not be downloaded. Check your connection.',
            ),
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
            assembled = true;
            finishIfReady();
            break;
          case 'valid':
            valid = true;
            finishIfReady();
            break;
          case 'invalid':
            stop(() => reject(new DatasetInvalidError(message.problems)));
            break;
          case 'error':
            stop(() => reject(new DatasetFetchError(message.message)));
            break;
        }
      };
    }
  });
}
