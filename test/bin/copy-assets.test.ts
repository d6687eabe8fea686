import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const VECTORS = path.join('matching', 'vocabulary', 'word-vectors.bin');
const { copyAssets } = require(path.join(ROOT, 'bin', 'ensure-built.js')) as {
  copyAssets: (into: string, force?: boolean) => void;
};

describe('copying the data files tsc does not', () => {
  const source = readFileSync(path.join(ROOT, 'src', VECTORS));

  it('copies the word vectors into a compiled tree, and replaces an older copy', () => {
    const into = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-assets-'));
    copyAssets(into);
    expect(readFileSync(path.join(into, VECTORS)).equals(source)).toBe(true);
    writeFileSync(path.join(into, VECTORS), 'stale');
    const past = new Date(statSync(path.join(ROOT, 'src', VECTORS)).mtimeMs - 60_000);
    utimesSync(path.join(into, VECTORS), past, past);
    copyAssets(into);
    expect(readFileSync(path.join(into, VECTORS)).equals(source)).toBe(true);
  });

  it('leaves a newer copy alone unless forced', () => {
    const into = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-assets-'));
    copyAssets(into);
    writeFileSync(path.join(into, VECTORS), 'edited after');
    copyAssets(into);
    expect(readFileSync(path.join(into, VECTORS), 'utf8')).toBe('edited after');
    copyAssets(into, true);
    expect(readFileSync(path.join(into, VECTORS)).equals(source)).toBe(true);
  });

  it('bin/copy-assets.js copies into the folder given, and says how to call it without one', () => {
    const into = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-assets-'));
    const script = path.join(ROOT, 'bin', 'copy-assets.js');
    expect(spawnSync(process.execPath, [script, into]).status).toBe(0);
    expect(readFileSync(path.join(into, VECTORS)).equals(source)).toBe(true);
    const bare = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('usage: node bin/copy-assets.js');
  });

  it('the build (as npm ci, npm start and the CLI run it) leaves the vectors beside the compiled matcher', () => {
    expect(readFileSync(path.join(ROOT, 'dist', VECTORS)).equals(source)).toBe(true);
  });
});
