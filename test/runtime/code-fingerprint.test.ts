import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempFolderEach } from '../helpers/temp-folder';

describe('codeFingerprint', () => {
  let folder: string;
  tempFolderEach('fingerprint', (made) => {
    folder = made;
  });
  /** A fresh copy of the module each time, so that nothing is remembered from an earlier call. */
  const fresh = (): typeof import('../../src/runtime/code-fingerprint').codeFingerprint => {
    let loaded: typeof import('../../src/runtime/code-fingerprint') | undefined;
    jest.isolateModules(() => {
      loaded = require('../../src/runtime/code-fingerprint');
    });
    if (!loaded) throw new Error('not loaded');
    return loaded.codeFingerprint;
  };

  beforeEach(() => {
    mkdirSync(path.join(folder, 'code', 'sub'), { recursive: true });
    writeFileSync(path.join(folder, 'code', 'a.js'), 'a');
    writeFileSync(path.join(folder, 'code', 'sub', 'b.js'), 'b');
    writeFileSync(path.join(folder, 'library.js'), 'lib 1');
  });

  it('names the same code the same way, and any change to it, a library included, differently', () => {
    const code = path.join(folder, 'code');
    const library = path.join(folder, 'library.js');
    const first = fresh()(code, [library]);
    expect(fresh()(code, [library])).toBe(first);
    writeFileSync(path.join(folder, 'code', 'sub', 'b.js'), 'b changed');
    const edited = fresh()(code, [library]);
    expect(edited).not.toBe(first);
    writeFileSync(library, 'lib 2');
    expect(fresh()(code, [library])).not.toBe(edited);
    expect(fresh()(code, [])).not.toBe(fresh()(code, [library]));
  });

  it('remembers a fingerprint for the process', () => {
    const code = path.join(folder, 'code');
    const fingerprint = fresh();
    const first = fingerprint(code, []);
    writeFileSync(path.join(folder, 'code', 'a.js'), 'a changed');
    expect(fingerprint(code, [])).toBe(first);
  });

  it('throws when the code cannot be read', () => {
    expect(() => fresh()(path.join(folder, 'missing'), [])).toThrow(/ENOENT/);
  });
});
