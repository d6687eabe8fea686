import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keepNewest, writeWhole } from '../../src/runtime/saved-file';
import { tempFolderEach } from '../helpers/temp-folder';

describe('saved files', () => {
  let folder: string;
  tempFolderEach('saved-file', (made) => {
    folder = made;
  });
  const names = (where = folder) => readdirSync(where).sort();

  it('writes a file whole, making its folder, and leaves no partial file', () => {
    const file = path.join(folder, 'deep', 'index-a.json');
    writeWhole(file, 'first');
    writeWhole(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(names(path.join(folder, 'deep'))).toEqual(['index-a.json']);
  });

  it('keeps the newest of a prefix, and drops old partial files only when asked', () => {
    ['a', 'b', 'c', 'd'].forEach((name, index) => {
      const file = path.join(folder, `index-${name}.json`);
      writeFileSync(file, name);
      utimesSync(file, 1_000 + index, 1_000 + index);
    });
    writeFileSync(path.join(folder, 'other-z.json'), 'z');
    const partial = path.join(folder, 'index-a.json.1.abcd.tmp');
    writeFileSync(partial, 'half');
    utimesSync(partial, 1_000, 1_000);
    keepNewest(folder, 'index-', 3);
    expect(names()).toEqual([
      'index-a.json.1.abcd.tmp',
      'index-b.json',
      'index-c.json',
      'index-d.json',
      'other-z.json',
    ]);
    keepNewest(folder, 'index-', 3, 60_000);
    expect(names()).toEqual(['index-b.json', 'index-c.json', 'index-d.json', 'other-z.json']);
  });
});
