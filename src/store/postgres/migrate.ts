import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';

/**
 * migrations/ at the project's top, shipped beside dist/ like knowledge/. Found by looking upwards, since
 * the code runs from src/ (tests), dist/ (the bot) and bench/dist/src/ (the load benchmark).
 */
export function findMigrationsDir(from = __dirname): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'migrations');
    if (existsSync(path.join(candidate, '001_init.sql'))) return candidate;
    if (path.dirname(folder) === folder) {
      throw new Error(`no migrations/ folder above ${from}: ship migrations/ with dist/ (see README, Lambda)`);
    }
  }
}

/** Any fixed number, the same in every replica: replicas starting together take turns. */
const MIGRATION_LOCK = 4_815_162_342;

const FILE = /^(\d{3,})_[a-z0-9_-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The versioned SQL files, in order: `001_init.sql`, `002_learned_phrasings.sql`, … */
export function readMigrations(directory = findMigrationsDir()): Migration[] {
  return readdirSync(directory)
    .filter((name) => FILE.test(name))
    .map((name) => ({
      version: Number(FILE.exec(name)?.[1]),
      name,
      sql: readFileSync(path.join(directory, name), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** The database was migrated by a newer hrfaq: running older code on it could corrupt what it holds. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `the database is at schema version ${databaseVersion}, newer than this hrfaq knows (${codeVersion}). ` +
        'Deploy the newer hrfaq everywhere (or point DATABASE_URL at another database); hrfaq never downgrades a schema.',
    );
  }
}

/**
 * Brings the schema up to date: each pending file runs in its own transaction and is recorded in
 * schema_migrations, all under a session advisory lock so replicas starting together don't race. Returns
 * the versions applied (none when already up to date).
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = readMigrations()): Promise<number[]> {
  const client = await pool.connect();
  const latest = migrations.at(-1)?.version ?? 0;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version integer PRIMARY KEY,
           name text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      );
      const current = rows[0]?.version ?? 0;
      if (current > latest) throw new SchemaTooNewError(current, latest);
      const applied: number[] = [];
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
