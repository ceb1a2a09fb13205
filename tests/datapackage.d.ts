/** The part of the Frictionless reference library (no types of its own) the data package test uses. */
declare module 'datapackage' {
  export const Package: {
    load(descriptor: string, options?: { strict?: boolean }): Promise<unknown>;
  };
}
