/**
 * The files the build publishes beside the app as an open data package
 * (scripts/vite/data-package.ts writes them, the About section links them),
 * all under `data/`.
 */
export const DATA_PACKAGE = {
  descriptor: 'datapackage.json',
  dataset: 'meetings.json',
  jsonSchema: 'dataset.schema.json',
} as const;

/** The CSV tables, each `<name>.csv`; the convention's only for a dataset with a convention part. */
export const DATA_TABLES = ['meetings', 'partners', 'people', 'outcomes', 'sources'] as const;
export const CONVENTION_TABLES = ['participants', 'milestones'] as const;
