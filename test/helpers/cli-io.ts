import type { CliIo } from '../../src/cli/io';

/** An in-memory CliIo: records what a command writes and feeds it stdin lines. */
export function fakeIo(options: { env?: NodeJS.ProcessEnv; stdin?: string[]; isTTY?: boolean; columns?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdinLines: async function* () {
      for (const line of options.stdin ?? []) yield line;
    },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    columns: () => options.columns,
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
