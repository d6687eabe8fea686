import type { Logger } from '@slack/bolt';
import { Pool, type PoolConfig } from 'pg';
import { ASK_HR_PER_HOUR, REPEAT_WINDOW_MS } from '../../listeners/actions/ask-hr-guard';
import { errorText } from '../../runtime/error-details';
import { COMMAND_TTL_MS, EVENT_TTL_MS, inMemoryRecentIds } from '../../slack/dedupe-events';
import type { StateStore, StoreHealth } from '../state-store';
import { type Migration, migrate, readMigrations, SchemaTooNewError } from './migrate';
import { PgAskHrGuard } from './pg-ask-hr-guard';
import { PgEventWriter, type PgWriterLimits } from './pg-event-writer';
import { PgLearningStore, type PgLearningStoreOptions } from './pg-learning-store';
import { PgRecentIds } from './pg-recent-ids';
import { Reachability } from './reachability';

/** Retried Slack events stay recognisable for a few hours (Slack retries for about one). */
const SEEN_EVENT_TTL_MS = Math.max(EVENT_TTL_MS, 3 * 60 * 60 * 1000);
const MAINTENANCE_EVERY_MS = 60 * 60 * 1000;

export interface PostgresStoreOptions {
  connectionString: string;
  logger: Logger;
  /** Required: every replica must hash user ids alike. */
  salt: string;
  analytics: boolean;
  retentionDays: number;
  /** Connections: a few for a server; one or two on Lambda (RDS Proxy pools behind them). */
  poolSize: number;
  /** How long start() waits for the database before serving without it (and retrying in the background). */
  startupWaitMs?: number;
  writerLimits?: Partial<PgWriterLimits>;
  /** Extra pool settings (tests). */
  pool?: PoolConfig;
}

/**
 * Everything the bot remembers, in PostgreSQL, shared by every replica and every Lambda container. Nothing
 * here stands between a request and its reply: events are buffered, and the checks that must ask the
 * database (de-duplication, Ask HR) wait a bounded time, then trust the process's memory. A later feature
 * adds its tables as a new file in migrations/ and a class over `pool`, `ready` and `reachability`.
 */
export class PostgresStore implements StateStore {
  readonly pool: Pool;
  readonly reachability: Reachability;
  readonly events: PgEventWriter | { record: () => void; flush: () => Promise<void> };
  readonly askHrGuard: PgAskHrGuard;
  readonly eventIds: PgRecentIds;
  readonly triggerIds: PgRecentIds;
  private migrated?: Promise<void>;
  private maintenanceTimer?: NodeJS.Timeout;
  private readonly writer?: PgEventWriter;
  /** Read once, at construction: a missing migrations/ folder is a start-up error, not an outage. */
  private readonly migrations: Migration[] = readMigrations();

  constructor(private readonly options: PostgresStoreOptions) {
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize,
      // Connections are kept between requests (and Lambda invocations), but not for ever.
      idleTimeoutMillis: 60_000,
      connectionTimeoutMillis: 3000,
      query_timeout: 10_000,
      application_name: 'hrfaq',
      ...options.pool,
    });
    // An idle connection that dies (a failover, a restart) must not crash the bot.
    this.pool.on('error', (error) => this.reachability.markDown(errorText(error)));
    this.reachability = new Reachability(() => this.pool.query('SELECT 1'), options.logger);
    const ready = () => this.ready();
    this.writer = options.analytics
      ? new PgEventWriter(this.pool, ready, this.reachability, options.salt, options.logger, options.writerLimits)
      : undefined;
    this.events = this.writer ?? { record: () => undefined, flush: () => Promise.resolve() };
    this.askHrGuard = new PgAskHrGuard(
      this.pool,
      ready,
      this.reachability,
      options.salt,
      ASK_HR_PER_HOUR,
      REPEAT_WINDOW_MS,
    );
    this.eventIds = new PgRecentIds(
      this.pool,
      ready,
      this.reachability,
      'event',
      SEEN_EVENT_TTL_MS,
      inMemoryRecentIds(EVENT_TTL_MS),
    );
    this.triggerIds = new PgRecentIds(
      this.pool,
      ready,
      this.reachability,
      'trigger',
      COMMAND_TTL_MS,
      inMemoryRecentIds(COMMAND_TTL_MS),
    );
  }

  /** What people teach the bot, in this database: shared by every replica. */
  learningStore(minPeople: number, options: Omit<PgLearningStoreOptions, 'minPeople'> = {}): PgLearningStore {
    return new PgLearningStore(this.pool, () => this.ready(), this.reachability, this.options.logger, {
      ...options,
      minPeople,
    });
  }

  /** The schema is migrated once per process; a failed attempt (database down) is tried again on next use. */
  ready(): Promise<void> {
    this.migrated ??= migrate(this.pool, this.migrations).then(
      (applied) => {
        if (applied.length > 0) this.options.logger.info({ event: 'store_migrated', versions: applied });
      },
      (error: unknown) => {
        this.migrated = undefined;
        throw error;
      },
    );
    return this.migrated;
  }

  /**
   * Migrates, waiting a bounded time. A database at a newer schema refuses start-up; an unreachable one
   * doesn't: the bot answers meanwhile and the store catches up when it is back.
   */
  async start(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'waited'>((resolve) => {
      timer = setTimeout(() => resolve('waited'), this.options.startupWaitMs ?? 10_000);
    });
    try {
      const outcome = await Promise.race([this.ready(), waited]);
      if (outcome === 'waited') this.reachability.markDown('migrations did not finish in time');
    } catch (error) {
      if (error instanceof SchemaTooNewError) throw error;
      this.reachability.markDown(errorText(error));
    } finally {
      clearTimeout(timer);
    }
    void this.maintain();
    this.maintenanceTimer = setInterval(() => void this.maintain(), MAINTENANCE_EVERY_MS);
    this.maintenanceTimer.unref();
  }

  async health(): Promise<StoreHealth> {
    return { kind: 'postgres', reachable: await this.reachability.check() };
  }

  /** Retention and expiry: events older than RETENTION_DAYS, expired ids, Ask HR claims older than an hour. */
  async maintain(): Promise<void> {
    const done = await this.reachability.attempt(async () => {
      await this.ready();
      const events = await this.pool.query('DELETE FROM events WHERE time < now() - make_interval(days => $1)', [
        this.options.retentionDays,
      ]);
      await this.pool.query('DELETE FROM seen_ids WHERE expires_at < now()');
      await this.pool.query(`DELETE FROM ask_hr_claims WHERE claimed_at < now() - interval '1 hour'`);
      return events.rowCount ?? 0;
    }, 60_000);
    if (done) this.options.logger.info({ event: 'retention_applied', deletedEvents: done });
  }

  async close(): Promise<void> {
    clearInterval(this.maintenanceTimer);
    await this.writer?.close();
    this.reachability.close();
    await this.pool.end();
  }
}
