import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const fingerprints = new Map<string, string>();

/**
 * A digest of the code in `folder` (every file in it and below, by name and content) and of `libraries`'
 * files, remembered for the process: what a saved index or the parsed FAQs were made with, so that any change
 * to that code, an upgrade included, means making them afresh. Throws when the files can't be read (a bundled
 * or stripped install); the caller then saves nothing.
 */
export function codeFingerprint(folder: string, libraries: readonly string[]): string {
  const key = JSON.stringify([folder, libraries]);
  let fingerprint = fingerprints.get(key);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    const files = (readdirSync(folder, { recursive: true }) as string[])
      .map((name) => path.join(folder, name))
      .filter((file) => statSync(file).isFile())
      .sort();
    for (const file of [...files, ...libraries]) hash.update(path.basename(file)).update(readFileSync(file));
    fingerprint = hash.digest('hex');
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}
