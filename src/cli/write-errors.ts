import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../knowledge/problems';
import { errorCode, errorText } from '../runtime/error-details';

/** The nearest existing path above a file, when it is a file rather than a folder. */
function fileOnPath(file: string): string | undefined {
  for (let folder = path.dirname(file); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (existsSync(folder)) return statSync(folder).isDirectory() ? undefined : folder;
  }
  return undefined;
}

/** Why a file could not be written, in words rather than an error code: `cannot be written: …`. */
export function unwritable(error: unknown, file: string): string {
  switch (errorCode(error)) {
    case 'ENOENT': {
      const folder = path.dirname(file);
      return existsSync(folder)
        ? `cannot be written in ${displayPath(folder)}`
        : `cannot be written: the folder ${displayPath(folder)} does not exist`;
    }
    case 'EISDIR':
      return 'cannot be written: it is a folder';
    case 'EEXIST':
    case 'ENOTDIR': {
      const inTheWay = fileOnPath(file);
      if (inTheWay !== undefined) {
        return `cannot be written: ${displayPath(inTheWay)} is a file where its folder should be; rename or move that file`;
      }
      return `cannot be written (${errorText(error)})`;
    }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'you do not have permission to write it';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return `cannot be written (${errorText(error)})`;
  }
}
