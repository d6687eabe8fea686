import type { Logger } from '@slack/bolt';
import { buildGapReport, type GapReport } from '../analytics/gap-report';
import { type ReadResult, readEvents } from '../analytics/read-events';
import { type AppEnv, type CommonEnv, SALT_REQUIRED } from '../config/env';
import { StartupError } from '../runtime/startup';
import { FileStore } from './file-store';
import { SchemaTooNewError } from './postgres/migrate';
import { PostgresStore } from './postgres/postgres-store';
import type { StateStore } from './state-store';

/** The store the settings ask for: PostgreSQL with DATABASE_URL, else files in DATA_DIR. */
export function openStore(env: AppEnv, logger: Logger, { poolSize = 5 }: { poolSize?: number } = {}): StateStore {
  if (!env.DATABASE_URL) {
    return new FileStore({
      dataDir: env.DATA_DIR,
      logger,
      analytics: env.ANALYTICS === 'on',
      salt: env.ANALYTICS_SALT,
      retentionDays: env.RETENTION_DAYS,
    });
  }
  // The env schema refuses DATABASE_URL without ANALYTICS_SALT; this narrows the type.
  if (!env.ANALYTICS_SALT) throw new StartupError(`ANALYTICS_SALT ${SALT_REQUIRED}`);
  return new PostgresStore({
    connectionString: env.DATABASE_URL,
    logger,
    salt: env.ANALYTICS_SALT,
    analytics: env.ANALYTICS === 'on',
    retentionDays: env.RETENTION_DAYS,
    poolSize,
  });
}

/** Starts the store, turning a refusal into a plain start-up message. */
export async function startStore(store: StateStore): Promise<void> {
  try {
    await store.start();
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new StartupError(`hrfaq can't start: ${error.message}`);
    throw error;
  }
}

/** The gap report from whichever store is configured: SQL on the server for PostgreSQL. */
export async function readGapReport(
  env: CommonEnv,
  since: Date,
  until: Date,
): Promise<{ report: GapReport; skipped: ReadResult['skipped']; empty: boolean }> {
  if (!env.DATABASE_URL) {
    const { events, skipped } = readEvents(env.DATA_DIR, since);
    return { report: buildGapReport(events, since, until), skipped, empty: events.length === 0 };
  }
  const { Pool } = await import('pg');
  const { migrate } = await import('./postgres/migrate');
  const { pgGapReport } = await import('./postgres/pg-report');
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 1, connectionTimeoutMillis: 10_000 });
  try {
    await migrate(pool);
    const report = await pgGapReport(pool, since, until);
    const empty =
      report.volume.byDay.length === 0 &&
      report.escalations === 0 &&
      report.feedback.length === 0 &&
      report.unanswered.length === 0;
    return { report, skipped: [], empty };
  } finally {
    await pool.end();
  }
}
