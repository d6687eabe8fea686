const { startPostgres } = require('./helpers/postgres-process');

// Tests that run the CLI or the bot as a child process need dist/ built; build it once, before any of them
// start, so parallel test files never race to compile. One real PostgreSQL server serves the whole run
// (each test file makes a database of its own); the URL reaches the test workers through the environment.
module.exports = async () => {
  require('../bin/ensure-built').ensureBuilt();
  const postgres = await startPostgres();
  globalThis.hrfaqPostgres = postgres;
  process.env.HRFAQ_TEST_POSTGRES_URL = postgres.url;
};
