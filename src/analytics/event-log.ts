import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { truncate } from '../blocks/text';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import type { AnalyticsEvent } from './event-schema';

/** What listeners call; recording never throws and never delays a reply. */
export interface EventRecorder {
  record(event: Omit<AnalyticsEvent, 'time' | 'user'> & { userId?: string }): void;
  /** Resolves once everything recorded so far is on disk (tests, shutdown). */
  flush(): Promise<void>;
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

/**
 * An append-only JSON Lines log under DATA_DIR. Each event is one `appendFile` of one complete line (well
 * under the size the OS appends atomically), and writes are queued so this process never interleaves two
 * lines. User ids are stored only as HMAC-SHA256 hashes with a secret salt.
 */
export class EventLog implements EventRecorder {
  private queue: Promise<void> = Promise.resolve();
  /** The folder is created once, on the first event. */
  private folder?: Promise<unknown>;
  private readonly salt: string;

  constructor(
    private readonly directory: string,
    private readonly logger: Logger,
    salt?: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.salt = salt ?? loadOrCreateSalt(directory);
  }

  /** A stable pseudonym for a Slack user id: the same person gets the same hash, nobody can reverse it. */
  hashUser(userId: string): string {
    return createHmac('sha256', this.salt).update(userId).digest('hex').slice(0, 16);
  }

  record({ userId, question, ...event }: Omit<AnalyticsEvent, 'time' | 'user'> & { userId?: string }): void {
    const keepsText = event.kind === 'no-match' || event.kind === 'did-you-mean';
    const time = this.now();
    const line: AnalyticsEvent = {
      time: time.toISOString(),
      ...event,
      ...(keepsText && question !== undefined ? { question: truncate(oneLine(question), MAX_QUERY_LENGTH) } : {}),
      ...(userId !== undefined ? { user: this.hashUser(userId) } : {}),
    };
    const text = `${JSON.stringify(line)}\n`;
    const file = eventFileFor(this.directory, time);
    this.queue = this.queue
      .then(async () => {
        this.folder ??= mkdir(this.directory, { recursive: true });
        await this.folder;
        await appendFile(file, text, { encoding: 'utf8', mode: 0o600 });
      })
      .catch((error: unknown) => {
        this.folder = undefined; // try creating the folder again next time (it may have been removed)
        this.logger.error({ event: 'analytics_write_failed', file }, error instanceof Error ? error : String(error));
      });
  }

  flush(): Promise<void> {
    return this.queue;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const MIN_SALT_LENGTH = 16;

/** Without ANALYTICS_SALT, a random salt is made once and kept beside the log (readable by its owner only). */
function loadOrCreateSalt(directory: string): string {
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
