import type { DatasetProblem } from './schema.ts';

/** The dataset file exists but does not pass the schema. Retrying will not help. */
export class DatasetInvalidError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(`The dataset is invalid (${problems.length} problems)`);
    this.name = 'DatasetInvalidError';
    this.problems = problems;
  }
}

/** The dataset could not be fetched (offline, HTTP error). Retrying may help. */
export class DatasetFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetFetchError';
  }
}

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
