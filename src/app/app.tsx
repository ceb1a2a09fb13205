import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ExplorerPage } from './explorer-page.tsx';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/**
 * One route for every path: the page stays mounted while meetings open and
 * close, and reads the path itself (`/meetings/<id>`, or an unknown path).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="*" element={<ExplorerPage />} />
    </Routes>
  );
}
