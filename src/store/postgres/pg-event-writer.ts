import type { Logger } from '@slack/bolt';
import type { Pool } from 'pg';
import { type EventInput, type EventRecorder, toAnalyticsEvent } from '../../analytics/event-log';
import { questionKey } from '../../analytics/gap-report';
import { errorText } from '../../runtime/error-details';
import type { Reachability } from './reachability';

export interface PgWriterLimits {
  /** Events held in memory waiting for the database; past this, new events are counted and dropped. */
  maxBuffered: number;
  /** Rows per INSERT. */
  batchSize: number;
  /** Retries after a failed write wait from `retryMinMs`, doubling up to `retryMaxMs`. */
  retryMinMs: number;
  retryMaxMs: number;
  /** Dropped events are logged at most once per this interval (and again when the database is back). */
  reportEveryMs: number;
}

export const PG_WRITER_LIMITS: PgWriterLimits = {
  maxBuffered: 20_000,
  batchSize: 500,
  retryMinMs: 500,
  retryMaxMs: 30_000,
  reportEveryMs: 60_000,
};

type Row = [
  string,
  string,
  string,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  boolean,
];

const INSERT = `INSERT INTO events (time, kind, surface, faq, score, band, question, question_key, user_hash, vote, card,
                    previewed)
  SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[])`;

/**
 * The event log in PostgreSQL. `record` only appends to a bounded buffer; one writer inserts batches (one
 * INSERT … unnest per batch). A failed insert keeps its rows and is retried with backoff, so an outage
 * loses nothing that fits the buffer; past that, new events are counted, dropped and logged, and when the
 * database is back the log says how many were written and how many were dropped while it was away.
 */
export class PgEventWriter implements EventRecorder {
  private buffer: Row[] = [];
  private writing?: Promise<boolean>;
  private scheduled = false;
  private retryTimer?: NodeJS.Timeout;
  private retryDelay: number;
  private failing = false;
  private droppedSinceReport = 0;
  private droppedInOutage = 0;
  private lastReport = Number.NEGATIVE_INFINITY;
  private reportTimer?: NodeJS.Timeout;
  private closed = false;
  private readonly limits: PgWriterLimits;

  constructor(
    private readonly pool: Pool,
    private readonly ready: () => Promise<void>,
    private readonly reachability: Reachability,
    private readonly salt: string,
    private readonly logger: Logger,
    limits: Partial<PgWriterLimits> = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.limits = { ...PG_WRITER_LIMITS, ...limits };
    this.retryDelay = this.limits.retryMinMs;
  }

  get pending(): number {
    return this.buffer.length;
  }

  record(input: EventInput): void {
    if (this.buffer.length >= this.limits.maxBuffered) {
      this.droppedSinceReport += 1;
      this.droppedInOutage += 1;
      this.scheduleReport();
      return;
    }
    const event = toAnalyticsEvent(input, this.now(), this.salt);
    this.buffer.push([
      event.time,
      event.kind,
      event.surface,
      event.faq ?? null,
      event.score ?? null,
      event.band ?? null,
      event.question ?? null,
      event.question !== undefined ? questionKey(event.question) : null,
      event.user ?? null,
      event.vote ?? null,
      event.card ?? null,
      event.previewed === true,
    ]);
    this.schedule();
  }

  /** One attempt at writing everything buffered: resolves when written, or when the database said no. */
  async flush(): Promise<void> {
    while (this.buffer.length > 0 || this.writing) {
      const ok = await (this.writing ?? this.drain());
      if (!ok) return;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.reportTimer);
    await this.flush();
    if (this.buffer.length > 0) {
      this.logger.warn({ event: 'analytics_unwritten', lost: this.buffer.length, note: 'the database is unreachable' });
    }
  }

  private schedule(): void {
    if (this.scheduled || this.writing || this.retryTimer || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.writing && !this.retryTimer) void this.drain();
    });
  }

  private drain(): Promise<boolean> {
    this.writing = (async () => {
      try {
        while (this.buffer.length > 0) {
          const batch = this.buffer.slice(0, this.limits.batchSize);
          try {
            await this.ready();
            await this.pool.query(INSERT, columnsOf(batch));
          } catch (error) {
            this.onFailure(error);
            return false;
          }
          this.buffer.splice(0, batch.length);
          this.onSuccess(batch.length);
        }
        return true;
      } finally {
        this.writing = undefined;
      }
    })();
    return this.writing;
  }

  private writtenSinceRecovery = 0;

  private onSuccess(count: number): void {
    this.reachability.markUp();
    this.retryDelay = this.limits.retryMinMs;
    if (!this.failing) return;
    this.writtenSinceRecovery += count;
    if (this.buffer.length > 0) return;
    this.failing = false;
    this.logger.info({
      event: 'analytics_store_recovered',
      written: this.writtenSinceRecovery,
      dropped: this.droppedInOutage,
    });
    this.writtenSinceRecovery = 0;
    this.droppedInOutage = 0;
    this.droppedSinceReport = 0;
  }

  private onFailure(error: unknown): void {
    if (!this.failing) {
      this.failing = true;
      this.logger.warn({ event: 'analytics_write_failed', buffered: this.buffer.length, error: errorText(error) });
    }
    this.reachability.markDown(errorText(error));
    if (this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.drain();
    }, this.retryDelay);
    this.retryTimer.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, this.limits.retryMaxMs);
  }

  /** Drops are logged from a timer, at most once per interval, so an outage can't flood the logs. */
  private scheduleReport(): void {
    if (this.reportTimer) return;
    const wait = Math.max(0, this.lastReport + this.limits.reportEveryMs - Date.now());
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.lastReport = Date.now();
      if (this.droppedSinceReport === 0) return;
      this.logger.warn({
        event: 'analytics_dropped',
        dropped: this.droppedSinceReport,
        buffered: this.buffer.length,
        note: 'the database is unreachable or not keeping up',
      });
      this.droppedSinceReport = 0;
    }, wait);
    this.reportTimer.unref();
  }
}

/** Rows to columns, for one INSERT … SELECT FROM unnest(…) of the whole batch. */
function columnsOf(rows: readonly Row[]): unknown[][] {
  return Array.from({ length: 12 }, (_, column) => rows.map((row) => row[column]));
}
