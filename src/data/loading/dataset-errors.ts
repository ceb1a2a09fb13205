import type { DatasetProblem } from '../problems.ts';

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
