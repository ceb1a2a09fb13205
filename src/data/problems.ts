/**
 * What is wrong with a dataset file, in words. Kept apart from schema.ts so
 * the page can show problems without carrying the validator.
 */
export interface DatasetProblem {
  /** JSON path such as `meetings[12].partners[0]`; empty for the root. */
  path: string;
  /** Reads after the path: "is required", "unknown partner \"polnd\"". */
  message: string;
}

/** "meetings[3].title is required", "meetings[0].partners[0]: unknown partner …", "(whole file): …". */
export function describeProblem({ path, message }: DatasetProblem): string {
  if (!path) return `(whole file): ${message}`;
  return message.startsWith('is ') ? `${path} ${message}` : `${path}: ${message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
