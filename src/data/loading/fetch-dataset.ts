import { DatasetFetchError } from './dataset-errors.ts';

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/meetings.json`;
}

/**
 * Downloads the file without parsing it, so the bytes can go to a worker.
 * The request matches index.html's preload, which it reuses.
 */
export async function fetchDatasetBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      mode: 'cors',
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError('The meetings could not be downloaded. Check your connection.');
  }
  if (!response.ok) {
    throw new DatasetFetchError(
      `The meetings could not be downloaded (the server answered ${response.status}).`,
    );
  }
  try {
    return await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError('The download of the meetings broke off. Check your connection.');
  }
}
