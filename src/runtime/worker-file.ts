import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/paths';

/**
 * A worker thread's compiled script: beside this file in dist/, or in dist/runtime when running from the
 * TypeScript sources (tests, tsx), since a worker thread runs plain JavaScript.
 */
export function workerFile(name: string): string {
  const beside = path.join(__dirname, `${name}.js`);
  return existsSync(beside) ? beside : path.join(PROJECT_ROOT, 'dist', 'runtime', `${name}.js`);
}
