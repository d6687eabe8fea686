declare module 'word-list' {
  /** The path of a text file with one English word per line. */
  const path: string;
  export = path;
}
