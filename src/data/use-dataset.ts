import { useQuery } from '@tanstack/react-query';
import { DatasetInvalidError, datasetUrl } from './load-dataset.ts';
import { loadPrepared } from './load-prepared.ts';

/** Server state: the dataset, fetched once per session and prepared for the views. */
export function useDataset() {
  const url = datasetUrl();
  return useQuery({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadPrepared(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // An invalid file stays invalid; a network hiccup deserves one quiet retry.
    retry: (failures, error) => !(error instanceof DatasetInvalidError) && failures < 1,
    retryDelay: 500,
  });
}
