// Compiles src/ into dist/ when dist/ is missing or older than the sources, so `npm start` and the CLI
// work straight after `npm ci`. Build output goes to stderr: stdout belongs to the command being run.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.built');

function newestSource(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh() {
  if (!fs.existsSync(stamp)) return false;
  const builtAt = fs.statSync(stamp).mtimeMs;
  const configs = ['tsconfig.json', 'tsconfig.build.json'].map((name) => fs.statSync(path.join(root, name)).mtimeMs);
  return Math.max(newestSource(path.join(root, 'src')), ...configs) <= builtAt;
}

function ensureBuilt({ force = false } = {}) {
  if (!force && isFresh()) return;
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    if (fs.existsSync(stamp)) return; // a production install without TypeScript: run what was built
    process.stderr.write('hrfaq is not built and TypeScript is missing. Run "npm ci" first.\n');
    process.exit(1);
  }
  process.stderr.write('Building hrfaq (first run or sources changed)…\n');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    process.stderr.write('The TypeScript build failed; see the errors above.\n');
    process.exit(1);
  }
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

module.exports = { ensureBuilt };

if (require.main === module) ensureBuilt({ force: process.argv.includes('--force') });
