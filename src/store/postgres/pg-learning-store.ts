import type { Logger } from '@slack/bolt';
import type { Pool, PoolClient } from 'pg';
import { FILE_STORE_LIMITS } from '../../learning/file-learning-store';
import {
  type LearnedList,
  type LearningSignal,
  type LearningStore,
  learnedListOf,
  type Pair,
} from '../../learning/learning-store';
import type { Reachability } from './reachability';
import { inTransaction } from './transaction';

/** A signal waits this long for the database before it is dropped (answering never waits on it). */
const RECORD_WAIT_MS = 2000;
/** Reading the learned list (at start, after each change, periodically) waits this long at most. */
const LIST_WAIT_MS = 5000;

export interface PgLearningStoreOptions {
  /** Different people needed to learn a phrasing or to demote an answer. */
  minPeople: number;
  now?: () => Date;
  limits?: Partial<typeof FILE_STORE_LIMITS>;
}

const PAIRS = `SELECT p.question, p.faq, p.learned_at, p.kept, p.never, p.applied,
    count(s.user_hash) FILTER (WHERE s.kind <> 'down')::int AS up,
    count(s.user_hash) FILTER (WHERE s.kind = 'down')::int AS down
  FROM learning_pairs p LEFT JOIN learning_signals s ON s.question = p.question AND s.faq = p.faq
  GROUP BY p.question, p.faq`;

/** A person's say replaces their earlier one; `said_at` moves only when they change sides. */
const SAY = `INSERT INTO learning_signals (question, faq, user_hash, kind, said_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (question, faq, user_hash) DO UPDATE SET kind = EXCLUDED.kind,
    said_at = CASE WHEN (learning_signals.kind = 'down') = (EXCLUDED.kind = 'down') THEN learning_signals.said_at
      ELSE EXCLUDED.said_at END`;

/** Keeps the latest `$4` people on one side of a pair. */
const TRIM_SIDE = `DELETE FROM learning_signals WHERE question = $1 AND faq = $2 AND (kind = 'down') = $3
  AND user_hash NOT IN (
    SELECT user_hash FROM learning_signals WHERE question = $1 AND faq = $2 AND (kind = 'down') = $3
    ORDER BY said_at DESC, user_hash LIMIT $4
  )`;

/**
 * Past the limit, forgets the least recently touched pairs that carry no decision, then the oldest applied
 * (as the file store does); their signals go with them.
 */
const BOUND = `DELETE FROM learning_pairs WHERE (question, faq) IN (
    SELECT question, faq FROM learning_pairs
    ORDER BY CASE WHEN never OR kept OR (learned_at IS NOT NULL AND NOT applied) THEN 2 WHEN applied THEN 1 ELSE 0 END,
      touched_at
    LIMIT $1
  )`;

/**
 * The learning store in PostgreSQL, over the PostgresStore's pool: every replica (and Lambda container)
 * records into, and learns from, the same tables. Recording never blocks answering: it waits a bounded
 * time and, with the database down or slow, drops the signal (logged once per outage). Reading the list
 * falls back to the last list read. HR's actions (Keep, Undo, applying, the digest's time) fail loudly.
 */
export class PgLearningStore implements LearningStore {
  private readonly now: () => Date;
  private readonly limits: typeof FILE_STORE_LIMITS;
  private lastList: LearnedList = { phrasings: [], demotions: [] };
  private dropping = false;

  constructor(
    private readonly pool: Pool,
    private readonly ready: () => Promise<void>,
    /** The store's; a command-line tool passes one that runs every operation and lets errors through. */
    private readonly reachability: Pick<Reachability, 'attempt'>,
    private readonly logger: Logger,
    private readonly options: PgLearningStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.limits = { ...FILE_STORE_LIMITS, ...options.limits };
  }

  async record({ kind, question, faq, user }: LearningSignal): Promise<void> {
    const at = this.now();
    const done = await this.reachability.attempt(async () => {
      await this.ready();
      await this.transaction(async (client) => {
        await client.query(
          'INSERT INTO learning_pairs (question, faq, touched_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [question, faq, at],
        );
        // One say at a time per pair, whichever replica it reaches.
        const { rows } = await client.query<{ never: boolean }>(
          'SELECT never FROM learning_pairs WHERE question = $1 AND faq = $2 FOR UPDATE',
          [question, faq],
        );
        const positive = kind !== 'down';
        if (positive && rows[0]?.never) return;
        await client.query(SAY, [question, faq, user, kind, at]);
        await client.query(TRIM_SIDE, [question, faq, !positive, this.limits.maxPeople]);
        await client.query(
          `UPDATE learning_pairs SET touched_at = $3,
             learned_at = CASE WHEN learned_at IS NULL AND (SELECT count(*) FROM learning_signals
               WHERE question = $1 AND faq = $2 AND kind <> 'down') >= $4 THEN $3 ELSE learned_at END
           WHERE question = $1 AND faq = $2`,
          [question, faq, at, this.options.minPeople],
        );
      });
      const { rows } = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM learning_pairs');
      const excess = (rows[0]?.n ?? 0) - this.limits.maxEntries;
      if (excess > 0) await this.pool.query(BOUND, [excess]);
      return true;
    }, RECORD_WAIT_MS);
    if (done) {
      this.dropping = false;
    } else if (!this.dropping) {
      this.dropping = true;
      this.logger.warn({
        event: 'learning_signal_dropped',
        note: 'the database did not answer; answering as usual, signals are dropped until it is back',
      });
    }
  }

  async list(): Promise<LearnedList> {
    const rows = await this.reachability.attempt(async () => {
      await this.ready();
      return (
        await this.pool.query<{
          question: string;
          faq: string;
          learned_at: Date | null;
          kept: boolean;
          never: boolean;
          applied: boolean;
          up: number;
          down: number;
        }>(PAIRS)
      ).rows;
    }, LIST_WAIT_MS);
    if (!rows) return this.lastList;
    this.lastList = learnedListOf(
      rows.map((row) => ({
        question: row.question,
        faq: row.faq,
        up: row.up,
        down: row.down,
        learnedAt: row.learned_at?.toISOString(),
        kept: row.kept,
        never: row.never,
        applied: row.applied,
      })),
      this.options.minPeople,
    );
    return this.lastList;
  }

  async keep({ question, faq }: Pair): Promise<boolean> {
    await this.ready();
    const result = await this.pool.query(
      `UPDATE learning_pairs SET kept = true
       WHERE question = $1 AND faq = $2 AND NOT never AND NOT applied AND learned_at IS NOT NULL`,
      [question, faq],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async undo({ question, faq }: Pair): Promise<boolean> {
    await this.ready();
    return this.transaction(async (client) => {
      const result = await client.query(
        'UPDATE learning_pairs SET never = true, kept = false, touched_at = $3 WHERE question = $1 AND faq = $2',
        [question, faq, this.now()],
      );
      if ((result.rowCount ?? 0) === 0) return false;
      await client.query(`DELETE FROM learning_signals WHERE question = $1 AND faq = $2 AND kind <> 'down'`, [
        question,
        faq,
      ]);
      return true;
    });
  }

  async markApplied(pairs: readonly Pair[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.ready();
    await this.pool.query(
      `UPDATE learning_pairs SET applied = true
       WHERE (question, faq) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [pairs.map((pair) => pair.question), pairs.map((pair) => pair.faq)],
    );
  }

  async lastDigest(): Promise<Date | undefined> {
    await this.ready();
    const { rows } = await this.pool.query<{ last_sent_at: Date }>('SELECT last_sent_at FROM learning_digest');
    return rows[0]?.last_sent_at;
  }

  async digestSent(at: Date): Promise<void> {
    await this.ready();
    await this.pool.query(
      `INSERT INTO learning_digest (id, last_sent_at) VALUES (true, $1)
       ON CONFLICT (id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at`,
      [at],
    );
  }

  private transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}

/** Runs every operation as asked, letting its errors through: for `npm run learn`, where a failure must show. */
export const DIRECT: Pick<Reachability, 'attempt'> = { attempt: (operation) => operation() };
