/**
 * Parses, validates and indexes the downloaded dataset off the main thread, so
 * a huge file never freezes the page (see worker-protocol.ts for the protocol).
 */

import { prepareBytes } from './worker-body.ts';
import type { WorkerMessage, WorkerRequest } from './worker-protocol.ts';

self.onmessage = (event: MessageEvent<WorkerRequest>) =>
  prepareBytes(event.data.bytes, (message: WorkerMessage) => self.postMessage(message));
