import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { unwritable } from '../../src/cli/write-errors';
import { tempFolderEach } from '../helpers/temp-folder';

const failed = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('unwritable', () => {
  let work: string;
  tempFolderEach('write-errors', (folder) => {
    work = folder;
  });

  it('says when there is no permission to write, rather than an error code', () => {
    const file = path.join(work, 'faqs.xlsx');
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      expect(unwritable(failed(code), file)).toBe('you do not have permission to write it');
    }
  });

  it('names the missing folder, a file where a folder should be, and a full disk', () => {
    expect(unwritable(failed('ENOENT'), path.join(work, 'nowhere', 'faqs.csv'))).toBe(
      `cannot be written: the folder ${path.join(work, 'nowhere')} does not exist`,
    );
    writeFileSync(path.join(work, 'notes'), 'a file');
    expect(unwritable(failed('ENOTDIR'), path.join(work, 'notes', 'faqs.csv'))).toBe(
      `cannot be written: ${path.join(work, 'notes')} is a file where its folder should be; rename or move that file`,
    );
    expect(unwritable(failed('ENOSPC'), path.join(work, 'faqs.csv'))).toBe('the disk is full');
    expect(unwritable(failed('EIO'), path.join(work, 'faqs.csv'))).toMatch(/^cannot be written \(/);
  });
});
