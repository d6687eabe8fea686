import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` whole or not at all: a reader never sees half a file. The partial file is named for
 * this process and at random, since replicas sharing the folder may be writing at the same moment.
 */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(partial, text);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Keeps the newest `keep` of the folder's `<prefix>….json` files and drops the others; given `partialsAfterMs`,
 * it also drops that prefix's partial files older than that, left by a start that died while writing one.
 */
export function keepNewest(folder: string, prefix: string, keep: number, partialsAfterMs?: number): void {
  const files = readdirSync(folder)
    .filter((name) => name.startsWith(prefix))
    .map((name) => path.join(folder, name))
    .map((file) => ({ file, time: statSync(file).mtimeMs }));
  const saved = files.filter(({ file }) => file.endsWith('.json')).sort((a, b) => b.time - a.time);
  const stale = files.filter(
    ({ file, time }) => partialsAfterMs !== undefined && file.endsWith('.tmp') && Date.now() - time > partialsAfterMs,
  );
  for (const { file } of [...saved.slice(keep), ...stale]) rmSync(file, { force: true });
}
