import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { DatasetInvalidError } from './dataset-errors.ts';
import { datasetUrl } from './fetch-dataset.ts';
import { loadDataset } from './load-dataset.ts';
import { currentProgress, type LoadProgress, subscribeProgress } from './load-progress.ts';

/** Server state: the dataset, fetched once per session and prepared for the views. */
export function datasetQuery() {
  const url = datasetUrl();
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // An invalid file stays invalid; a network hiccup deserves one quiet retry.
    retry: (failures, error) => !(error instanceof DatasetInvalidError) && failures < 1,
    retryDelay: 500,
  });
}

export function useDataset() {
  return useQuery(datasetQuery());
}

/** How far the load in flight has got (null before it reports, and once it is over). */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribeProgress, currentProgress, () => null);
}
