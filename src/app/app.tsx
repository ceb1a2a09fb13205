import type { Messages } from '@lingui/core';
import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  useQuery,
} from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { catalogueKey, fetchCatalogue } from '../i18n/catalogue.ts';
import { makeTranslator, TranslatorProvider } from '../i18n/i18n.tsx';
import { type Locale, localePrefix, splitLocale } from '../i18n/locales.ts';
import { CatalogueProblem } from './catalogue-problem.tsx';
import { ExplorerPage } from './explorer-page.tsx';

/** Vite's base ("/" or "/explorer/") as wouter wants it: no trailing slash. */
export const ROUTER_BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export interface LoadedCatalogue {
  locale: Locale;
  messages: Messages;
}

/**
 * `client` comes from main.tsx, which starts the dataset's download before the
 * interface's words arrive; tests let the app make its own.
 */
export function App({
  initial,
  client,
}: {
  initial?: LoadedCatalogue | undefined;
  client?: QueryClient;
}) {
  const [queryClient] = useState(() => {
    const made = client ?? new QueryClient();
    if (initial) made.setQueryData(catalogueKey(initial.locale), initial);
    return made;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <Router base={ROUTER_BASE}>
        <LocalisedApp />
      </Router>
    </QueryClientProvider>
  );
}

/**
 * The language comes from the path (`/vi/…`); below it, every route is the same
 * in both languages. On a switch the old words stay until the new catalogue is in.
 */
function LocalisedApp() {
  const [path] = useLocation();
  const { locale } = splitLocale(path);
  const query = useQuery({
    queryKey: catalogueKey(locale),
    queryFn: async (): Promise<LoadedCatalogue> => ({
      locale,
      messages: await fetchCatalogue(locale),
    }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const loaded = query.data;
  const translator = useMemo(
    () => (loaded ? makeTranslator(loaded.locale, loaded.messages) : null),
    [loaded],
  );
  useEffect(() => {
    if (translator) document.documentElement.lang = translator.locale;
  }, [translator]);

  if (!translator) {
    return (
      <CatalogueProblem
        locale={locale}
        failed={query.isError}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <TranslatorProvider translator={translator}>
      <Router base={localePrefix(locale)}>
        <ExplorerPage />
      </Router>
    </TranslatorProvider>
  );
}
