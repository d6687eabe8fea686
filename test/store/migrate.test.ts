import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { Pool } from 'pg';
import { createLogger } from '../../src/runtime/logger';
import { StartupError } from '../../src/runtime/startup';
import { startStore } from '../../src/store/open-store';
import { findMigrationsDir, migrate, readMigrations } from '../../src/store/postgres/migrate';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { freshDatabase, query } from '../helpers/postgres';

const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const latest = readMigrations().at(-1)?.version ?? 0;

async function withPool<T>(url: string, use: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

describe('schema migrations at start-up', () => {
  it('creates every table in a fresh database, and a second run is a no-op', async () => {
    const url = await freshDatabase();
    expect(await withPool(url, migrate)).toEqual(readMigrations().map((migration) => migration.version));
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.map((row) => row.table_name)).toEqual([
      'ask_hr_claims',
      'events',
      'learning_digest',
      'learning_pairs',
      'learning_signals',
      'schema_migrations',
      'seen_ids',
    ]);
    expect(await withPool(url, migrate)).toEqual([]);
    expect(await query(url, 'SELECT version, name FROM schema_migrations')).toEqual([
      { version: 1, name: '001_init.sql' },
      { version: 2, name: '002_learning.sql' },
      { version: 3, name: '003_previews.sql' },
    ]);
  });

  it('lets replicas start together: each migration runs once, under the advisory lock', async () => {
    const url = await freshDatabase();
    const applied = await Promise.all(Array.from({ length: 5 }, () => withPool(url, migrate)));
    expect(applied.flat()).toEqual(readMigrations().map((migration) => migration.version));
    expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: latest }]);
  });

  it('refuses to start on a database at a newer schema, saying what to do', async () => {
    const url = await freshDatabase();
    await withPool(url, migrate);
    await query(url, "INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')");
    const store = new PostgresStore({
      connectionString: url,
      logger: quiet,
      salt: 'x'.repeat(16),
      analytics: true,
      retentionDays: 365,
      poolSize: 1,
    });
    try {
      const refused = startStore(store);
      await expect(refused).rejects.toThrow(StartupError);
      await expect(refused).rejects.toThrow(`schema version 999, newer than this hrfaq knows (${latest})`);
    } finally {
      await store.close();
    }
  });

  it('rolls back a migration that fails, recording nothing', async () => {
    const url = await freshDatabase();
    const broken = [
      ...readMigrations(),
      { version: latest + 1, name: '999_broken.sql', sql: 'CREATE TABLE x (id int); SELECT nonsense;' },
    ];
    await expect(withPool(url, (pool) => migrate(pool, broken))).rejects.toThrow(/nonsense/);
    expect(await query(url, 'SELECT max(version) AS v FROM schema_migrations')).toEqual([{ v: latest }]);
    expect(await query(url, "SELECT to_regclass('x') AS t")).toEqual([{ t: null }]);
  });
});

describe('finding migrations/', () => {
  it('looks upwards from where the code runs, and says so when it is missing', () => {
    expect(findMigrationsDir(path.join(__dirname, '..', '..', 'bench', 'dist', 'src', 'store'))).toBe(
      path.join(__dirname, '..', '..', 'migrations'),
    );
    expect(() => findMigrationsDir('/')).toThrow(/ship migrations\/ with dist\//);
  });
});
