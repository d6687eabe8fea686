import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { truncate } from '../blocks/text';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { errorText } from '../runtime/error-details';
import type { AnalyticsEvent } from './event-schema';

/** What a listener records: the event without its time, and the raw user id (hashed before it is kept). */
export type EventInput = Omit<AnalyticsEvent, 'time' | 'user'> & { userId?: string };

/** What listeners call; recording never throws and never delays a reply. */
export interface EventRecorder {
  record(event: EventInput): void;
  /** Resolves once everything recorded so far has been written, or could not be (tests, shutdown). */
  flush(): Promise<void>;
  /** Lines recorded but not yet written (logged when a shutdown gives up on them). */
  readonly pending?: number;
}

/** Used when ANALYTICS=off: nothing is recorded, nothing is written. */
export const NO_EVENTS: EventRecorder = {
  record: () => undefined,
  flush: () => Promise.resolve(),
};

/** One file per UTC day, so old days can be archived or deleted whole. */
export function eventFileFor(directory: string, time: Date): string {
  return path.join(directory, `events-${time.toISOString().slice(0, 10)}.jsonl`);
}

export interface EventLogLimits {
  /** Lines held in memory waiting for the disk; past this, new events are counted and dropped. */
  maxBuffered: number;
  /** At most this many bytes go in one append (one write, so other processes' lines never interleave). */
  maxBatchBytes: number;
  /** Dropped events and write errors are logged at most once per this interval. */
  reportEveryMs: number;
}

export const EVENT_LOG_LIMITS: EventLogLimits = {
  maxBuffered: 20_000,
  maxBatchBytes: 64 * 1024,
  reportEveryMs: 60_000,
};

interface Line {
  file: string;
  text: string;
}

/**
 * An append-only JSON Lines log under DATA_DIR. Events wait in a bounded buffer and one writer appends them
 * in batches (many lines per append, each append one write of whole lines), so it keeps up with the bot's
 * full acknowledgement rate and its memory never grows without limit: when the disk falls behind, new events
 * are counted and dropped, and the count is logged once a minute. Before each append the writer checks the
 * file's last byte, so after a crash left a torn line the next line starts on a line of its own. User ids
 * are stored only as HMAC-SHA256 hashes with a secret salt.
 */
export class EventLog implements EventRecorder {
  private buffer: Line[] = [];
  private writing?: Promise<void>;
  private scheduled = false;
  private reportTimer?: NodeJS.Timeout;
  private dropped = 0;
  private failures = 0;
  private lastReport = Number.NEGATIVE_INFINITY;
  private lastError?: string;
  private readonly limits: EventLogLimits;

  constructor(
    private readonly directory: string,
    private readonly logger: Logger,
    private readonly salt: string = loadOrCreateSalt(directory),
    private readonly now: () => Date = () => new Date(),
    limits: Partial<EventLogLimits> = {},
  ) {
    this.limits = { ...EVENT_LOG_LIMITS, ...limits };
  }

  get pending(): number {
    return this.buffer.length;
  }

  hashUser(userId: string): string {
    return hashUserId(this.salt, userId);
  }

  record(input: EventInput): void {
    if (this.buffer.length >= this.limits.maxBuffered) {
      this.dropped += 1;
      this.scheduleReport();
      return;
    }
    const time = this.now();
    const line = toAnalyticsEvent(input, time, this.salt);
    this.buffer.push({ file: eventFileFor(this.directory, time), text: `${JSON.stringify(line)}\n` });
    this.schedule();
  }

  async flush(): Promise<void> {
    while (this.buffer.length > 0 || this.writing) {
      await (this.writing ?? this.drain());
    }
  }

  /** One writer at a time; events recorded in the same tick share an append. */
  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.writing) void this.drain();
    });
  }

  private drain(): Promise<void> {
    this.writing = (async () => {
      try {
        while (this.buffer.length > 0) {
          const batch = this.takeBatch();
          try {
            await this.append(batch.file, batch.text);
          } catch (error) {
            this.failures += batch.count;
            this.lastError = errorText(error);
          }
          this.report();
        }
      } finally {
        this.writing = undefined;
      }
    })();
    return this.writing;
  }

  /** The oldest lines for one file, up to the batch size. */
  private takeBatch(): { file: string; text: string; count: number } {
    const first = this.buffer[0] as Line;
    let bytes = 0;
    let count = 0;
    while (count < this.buffer.length) {
      const line = this.buffer[count] as Line;
      if (line.file !== first.file || (count > 0 && bytes + line.text.length > this.limits.maxBatchBytes)) break;
      bytes += line.text.length;
      count += 1;
    }
    const taken = this.buffer.splice(0, count);
    return { file: first.file, text: taken.map((line) => line.text).join(''), count };
  }

  private async append(file: string, text: string): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const torn = await endsTorn(file);
    await appendFile(file, torn ? `\n${text}` : text, { encoding: 'utf8', mode: 0o600 });
  }

  /** Reported from a timer, so drops are counted even while a hung disk holds the writer. */
  private scheduleReport(): void {
    if (this.reportTimer) return;
    const wait = Math.max(0, this.lastReport + this.limits.reportEveryMs - Date.now());
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.report();
    }, wait);
    this.reportTimer.unref();
  }

  /** Drops and write failures, at most once per interval, so a full disk can't flood the logs. */
  private report(): void {
    if (this.dropped === 0 && this.failures === 0) return;
    const now = Date.now();
    if (now - this.lastReport < this.limits.reportEveryMs) {
      this.scheduleReport();
      return;
    }
    this.lastReport = now;
    if (this.failures > 0) {
      this.logger.error({
        event: 'analytics_write_failed',
        directory: this.directory,
        lost: this.failures,
        error: this.lastError,
      });
    }
    if (this.dropped > 0) {
      this.logger.warn({ event: 'analytics_dropped', dropped: this.dropped, note: 'the disk is not keeping up' });
    }
    this.failures = 0;
    this.dropped = 0;
  }
}

/** Whether the file's last line lacks its newline (a crash or a full disk cut it short). */
async function endsTorn(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size === 0) return false;
  const handle = await open(file, 'r');
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, info.size - 1);
    return last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A stable pseudonym for a Slack user id: the same person gets the same hash, nobody can reverse it. */
export function hashUserId(salt: string, userId: string): string {
  return createHmac('sha256', salt).update(userId).digest('hex').slice(0, 16);
}

/**
 * What is kept of a recorded event, in either store: the question text only for no-match and did-you-mean
 * (HR needs it to close gaps), on one line and truncated; the user only as a salted hash.
 */
export function toAnalyticsEvent({ userId, question, ...event }: EventInput, time: Date, salt: string): AnalyticsEvent {
  const keepsText = event.kind === 'no-match' || event.kind === 'did-you-mean';
  return {
    time: time.toISOString(),
    ...event,
    ...(keepsText && question !== undefined ? { question: truncate(oneLine(question), MAX_QUERY_LENGTH) } : {}),
    ...(userId !== undefined ? { user: hashUserId(salt, userId) } : {}),
  };
}

const MIN_SALT_LENGTH = 16;

/** Without ANALYTICS_SALT, a random salt is made once and kept beside the log (readable by its owner only). */
export function loadOrCreateSalt(directory: string): string {
  const file = path.join(directory, '.salt');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= MIN_SALT_LENGTH) return kept;
    // An empty or truncated salt would make the hashes easy to reverse: make a new one.
  }
  mkdirSync(directory, { recursive: true });
  const salt = randomBytes(32).toString('hex');
  writeFileSync(file, `${salt}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // also when replacing a bad salt file that had other permissions
  return salt;
}

/**
 * The event log for the bot, or none when DATA_DIR can't be used (read-only, a file, no permission):
 * analytics must never stop the bot starting or answering, so that is a warning, not a refusal.
 */
export function openEventLog(directory: string, logger: Logger, salt?: string): EventRecorder {
  try {
    return new EventLog(directory, logger, salt ?? loadOrCreateSalt(directory));
  } catch (error) {
    logger.warn({
      event: 'analytics_unavailable',
      directory,
      error: errorText(error),
      note: 'answering without recording; fix DATA_DIR (or set ANALYTICS=off) and restart',
    });
    return NO_EVENTS;
  }
}
