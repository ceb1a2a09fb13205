import type { PreparedDataset } from '../prepare.ts';
import { DatasetFetchError, DatasetInvalidError } from './dataset-errors.ts';
import { fetchDatasetBytes } from './fetch-dataset.ts';
import { reportProgress } from './load-progress.ts';
import {
  PreparedAssembler,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerTask,
} from './worker-protocol.ts';

/**
 * Downloads the dataset on the page (reusing the preload), then parses and
 * indexes it in one Web Worker while another checks it, so even 100,000
 * meetings never freeze the page and the check adds no wait of its own.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<PreparedDataset> {
  if (typeof Worker === 'undefined') {
    throw new DatasetFetchError('This browser cannot run the explorer: it lacks Web Workers.');
  }
  // Started before the download, so the workers' code loads and starts while
  // the data is still on its way rather than after it.
  const start = () =>
    new Worker(new URL('./dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset',
    });
  const workers = { prepare: start(), check: start() };
  const prepared = answersOf(workers, signal);
  // Its failure may come while the download is still running; it is reported
  // through the returned promise, not as an unhandled rejection.
  prepared.catch(() => {});
  try {
    const bytes = await fetchDatasetBytes(url, signal, (done, total) =>
      reportProgress({ stage: 'download', done, total }),
    );
    // Each worker gets its own bytes, transferred rather than copied again.
    const copy = bytes.slice(0);
    workers.check.postMessage({ bytes: copy, task: 'check' } satisfies WorkerRequest, [copy]);
    workers.prepare.postMessage({ bytes, task: 'prepare' } satisfies WorkerRequest, [bytes]);
  } catch (error) {
    workers.prepare.terminate();
    workers.check.terminate();
    throw error;
  }
  return prepared;
}

/**
 * The prepared dataset the preparing worker sends back, message by message,
 * released once the checking worker has said the file is valid.
 */
function answersOf(
  workers: Record<WorkerTask, Worker>,
  signal?: AbortSignal,
): Promise<PreparedDataset> {
  return new Promise((resolve, reject) => {
    const assembler = new PreparedAssembler();
    let sent = false;
    let valid = false;
    /** The preparing worker's failure, said only if the check finds nothing wrong. */
    let unprepared: string | null = null;
    const stop = (settle: () => void) => {
      workers.prepare.terminate();
      workers.check.terminate();
      reportProgress(null);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => stop(() => reject(signal?.reason));
    signal?.addEventListener('abort', onAbort);
    const settleIfBoth = () => {
      if (!valid) {
        if (sent) reportProgress({ stage: 'check', done: 0, total: null });
        return;
      }
      if (unprepared !== null) stop(() => reject(new DatasetFetchError(unprepared as string)));
      else if (sent) stop(() => resolve(assembler.finish()));
    };
    const onMessage = (task: WorkerTask) => (event: MessageEvent<WorkerMessage>) => {
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
        case 'prepared':
          sent = true;
          settleIfBoth();
          break;
        case 'done':
          valid = true;
          settleIfBoth();
          break;
        case 'invalid':
          stop(() => reject(new DatasetInvalidError(message.problems)));
          break;
        case 'error':
          if (task === 'prepare') {
            unprepared = message.message;
            settleIfBoth();
          } else stop(() => reject(new DatasetFetchError(message.message)));
          break;
      }
    };
    for (const task of ['prepare', 'check'] as const) {
      workers[task].onmessage = onMessage(task);
      workers[task].onerror = (event) => {
        event.preventDefault();
        stop(() =>
          reject(
            new DatasetFetchError(
              'Part of the app could not be downloaded. Check your connection.',
            ),
          ),
        );
      };
    }
  });
}
