/** Where a CLI command writes: stdout carries only the command's data, stderr everything meant for people. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Lines from standard input, for commands that read questions from a pipe. */
  stdinLines: () => AsyncIterable<string>;
  env: NodeJS.ProcessEnv;
  /** True when stdout is a terminal, so colour and decoration are welcome. */
  isTTY: boolean;
  /** The terminal's width in characters, when stdout is a terminal (it can change as the window is resized). */
  columns?: () => number | undefined;
}

/** A command's exit code: 0 ok, 1 a problem with the data, 2 a mistake in how it was called. */
export type ExitCode = 0 | 1 | 2;

export const EXIT_OK: ExitCode = 0;
export const EXIT_INVALID: ExitCode = 1;
export const EXIT_USAGE: ExitCode = 2;
