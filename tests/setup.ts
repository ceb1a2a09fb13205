import '@testing-library/jest-dom/vitest';
import { catalogueFiles, inlineCatalogues } from 'virtual:messages';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { prepareBytes } from '../src/data/loading/worker-body.ts';
import type { WorkerMessage, WorkerRequest } from '../src/data/loading/worker-protocol.ts';
import { makeTranslator, setFallbackTranslator } from '../src/i18n/i18n.tsx';

// CI machines are shared and slow; `findBy…` waits for what a user would wait
// for, so a 1 s default turns load into flakes without catching anything.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
});

// Parts of the screen rendered on their own speak English, as the app does at `/`.
setFallbackTranslator(
  makeTranslator('en', JSON.parse(inlineCatalogues[catalogueFiles.en] ?? '{}')),
);

/**
 * jsdom has no Web Workers. This stand-in runs the dataset worker's own code
 * in-process and answers through the same messages, asynchronously, as the
 * real worker does.
 */
class InProcessWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;

  postMessage(request: WorkerRequest): void {
    void prepareBytes(request.bytes, (message) => {
      queueMicrotask(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
      });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

if (typeof globalThis.Worker === 'undefined') {
  globalThis.Worker = InProcessWorker as unknown as typeof Worker;
}
