import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { type EventRecorder, NO_EVENTS, openEventLog } from '../analytics/event-log';
import { InMemoryAskHrGuard } from '../listeners/actions/ask-hr-guard';
import { errorText } from '../runtime/error-details';
import { COMMAND_TTL_MS, EVENT_TTL_MS, inMemoryRecentIds } from '../slack/dedupe-events';
import type { StateStore, StoreHealth } from './state-store';

const DAY_MS = 86_400_000;
const EVENT_FILE = /^events-(\d{4}-\d{2}-\d{2})\.jsonl$/;

export interface FileStoreOptions {
  dataDir: string;
  logger: Logger;
  analytics: boolean;
  salt?: string;
  retentionDays: number;
  now?: () => Date;
}

/**
 * The embedded default, for one process: the JSON Lines event log in DATA_DIR and the process's own memory
 * for Ask HR claims and de-duplication. Nothing to install.
 */
export class FileStore implements StateStore {
  readonly events: EventRecorder;
  readonly askHrGuard = new InMemoryAskHrGuard();
  readonly eventIds = inMemoryRecentIds(EVENT_TTL_MS);
  readonly triggerIds = inMemoryRecentIds(COMMAND_TTL_MS);
  private retentionTimer?: NodeJS.Timeout;

  constructor(private readonly options: FileStoreOptions) {
    this.events = options.analytics ? openEventLog(options.dataDir, options.logger, options.salt) : NO_EVENTS;
  }

  async start(): Promise<void> {
    if (!this.options.analytics) return;
    this.applyRetention();
    this.retentionTimer = setInterval(() => this.applyRetention(), DAY_MS / 4);
    this.retentionTimer.unref();
  }

  async health(): Promise<StoreHealth> {
    return { kind: 'files', reachable: true };
  }

  async close(): Promise<void> {
    clearInterval(this.retentionTimer);
    await this.events.flush();
  }

  /** Deletes the day files older than RETENTION_DAYS, whole (one file per UTC day). */
  applyRetention(): number {
    const now = this.options.now?.() ?? new Date();
    const oldestKept = new Date(now.getTime() - this.options.retentionDays * DAY_MS).toISOString().slice(0, 10);
    let deleted = 0;
    try {
      for (const name of readdirSync(this.options.dataDir)) {
        const day = EVENT_FILE.exec(name)?.[1];
        if (!day || day >= oldestKept) continue;
        rmSync(path.join(this.options.dataDir, name), { force: true });
        deleted += 1;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.options.logger.warn({ event: 'retention_failed', error: errorText(error) });
      }
      return deleted;
    }
    if (deleted > 0) this.options.logger.info({ event: 'retention_applied', deletedDays: deleted });
    return deleted;
  }
}
