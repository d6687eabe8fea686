import { statSync } from 'node:fs';

/** When a file was last changed (milliseconds since the epoch), or undefined when it can't be read. */
export function modifiedTime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
