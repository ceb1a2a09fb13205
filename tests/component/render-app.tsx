import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ExplorerPage } from '../../src/app/explorer-page.tsx';

export interface Rendered {
  /** What the address bar would show: path and query. */
  location: () => string;
  /** Every history entry so far, oldest first (Back walks this list). */
  history: () => readonly string[];
}

export function mockFetch(respond: () => Promise<Response> | Response) {
  const fetchMock = vi.fn(async () => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** recharts measures its container through ResizeObserver, which jsdom lacks. */
export function stubResizeObserver() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function renderApp(url: string): Rendered {
  const memory = memoryLocation({ path: url, record: true });
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  render(
    <QueryClientProvider client={client}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        <ExplorerPage />
      </Router>
    </QueryClientProvider>,
  );
  const history = memory.history ?? [url];
  return { location: () => history.at(-1) ?? url, history: () => [...history] };
}
