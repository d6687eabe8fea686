import { createInterface } from 'node:readline';
import { loadEnvFile } from '../config/env-file';
import { main } from './main';

loadEnvFile();

// A reader that stops early (`npm run chat | head`) closes the pipe: stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  columns: () => process.stdout.columns,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hrfaq: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
