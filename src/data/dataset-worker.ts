/**
 * Parses, validates and indexes the downloaded dataset off the main thread, so
 * a huge file never freezes the page (see dataset-transfer.ts for the protocol).
 */
import type { WorkerMessage, WorkerRequest } from './dataset-transfer.ts';
import { prepareBytes } from './prepare-bytes.ts';

self.onmessage = (event: MessageEvent<WorkerRequest>) =>
  prepareBytes(event.data.bytes, (message: WorkerMessage) => self.postMessage(message));
