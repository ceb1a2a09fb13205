declare module 'virtual:messages' {
  /** Each language's compiled catalogue, as a path below the site's base. */
  export const catalogueFiles: Record<'en' | 'vi', string>;
  /** Under Vitest only: the same catalogues inline, by path. */
  export const inlineCatalogues: Record<string, string | undefined>;
}
