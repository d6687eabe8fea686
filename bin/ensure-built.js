// Compiles src/ into dist/ with `tsc -b`, which rebuilds only when a source or the config changed (its
// .tsbuildinfo remembers), and copies the data files tsc doesn't, so `npm start` and the CLI work straight
// after `npm ci`. A production install without TypeScript runs what was built. Compiler output goes to
// stderr: stdout belongs to the command.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function ensureBuilt({ force = false } = {}) {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    if (fs.existsSync(path.join(root, 'dist', 'app.js'))) return;
    process.stderr.write('hrfaq is not built and TypeScript is missing. Run "npm ci" first.\n');
    process.exit(1);
  }
  const args = [tsc, '-b', path.join(root, 'tsconfig.build.json'), ...(force ? ['--force'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('The TypeScript build failed; see the errors above.\n');
    process.exit(1);
  }
  copyAssets(path.join(root, 'dist'), force);
}

// Data files that tsc does not copy (JSON it does): the matcher's word vectors.
const ASSETS = ['matching/vocabulary/word-vectors.bin'];

/** Copies them from src/ into a compiled tree (dist/, or the bench's bench/dist/src) where missing or older. */
function copyAssets(into, force = false) {
  for (const file of ASSETS) {
    const from = path.join(root, 'src', file);
    const to = path.join(into, file);
    if (force || !fs.existsSync(to) || fs.statSync(to).mtimeMs < fs.statSync(from).mtimeMs) {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}

module.exports = { ensureBuilt, copyAssets };

if (require.main === module) ensureBuilt({ force: process.argv.includes('--force') });
