import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { ExplorerPage } from './explorer-page.tsx';

/** Vite's base ("/" or "/explorer/") as wouter wants it: no trailing slash. */
export const ROUTER_BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Router base={ROUTER_BASE}>
        <ExplorerPage />
      </Router>
    </QueryClientProvider>
  );
}
