import type { Dataset, DatasetProblem } from './schema.ts';

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

export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const validator = import('./schema.ts');
  validator.catch(() => {}); // handled where awaited; avoids an unhandled rejection
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError('The meetings could not be downloaded. Check your connection.');
  }
  if (!response.ok) {
    throw new DatasetFetchError(
      `The meetings could not be downloaded (the server answered ${response.status}).`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetInvalidError([{ path: '', message: 'the file is not valid JSON' }]);
  }
  // The validator (zod) loads in its own chunk, while the data downloads.
  const { validateDataset } = await validator.catch(() => {
    throw new DatasetFetchError('Part of the app could not be downloaded. Check your connection.');
  });
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return result.data;
}
