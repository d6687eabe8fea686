import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh temporary folder for each test of the enclosing describe block, removed after it: `made` receives
 * its path before each test.
 */
export function tempFolderEach(prefix: string, made: (folder: string) => void): void {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), `hrfaq-${prefix}-`));
    made(folder);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
}
