// Starts and stops test/helpers/postgres-server.js (a real PostgreSQL) from jest's global setup, the outage
// test and the load benchmark.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { rmSync } = require('node:fs');
const { createServer } = require('node:net');
const os = require('node:os');
const path = require('node:path');

const SERVER = path.join(__dirname, 'postgres-server.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A data folder the `postgres` user can create: directly under the temporary folder. */
function newDataDir() {
  return path.join(os.tmpdir(), `hrfaq-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Starts PostgreSQL on a free loopback port (or the given one, to restart on the same data folder).
 * Resolves with its admin URL and `stop()`; `remove()` deletes the data folder once stopped.
 */
async function startPostgres({ dataDir = newDataDir(), port } = {}) {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [SERVER, dataDir, String(chosen)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code} before it was ready`)));
  });
  return {
    port: chosen,
    dataDir,
    url: `postgres://postgres:hrfaq@127.0.0.1:${chosen}/postgres`,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

module.exports = { startPostgres, freePort };
