import type { EventRecorder } from '../analytics/event-log';
import type { AskHrGuard } from '../listeners/actions/ask-hr-guard';
import type { RecentIds } from '../slack/dedupe-events';

/** What `/healthz` says about the store. */
export interface StoreHealth {
  kind: 'files' | 'postgres';
  /** Whether the store answered just now (files: always; recording into a bad DATA_DIR is a warning). */
  reachable: boolean;
}

/**
 * Everything the bot remembers between requests, behind one interface: the event log (feedback and the gap
 * report), Ask HR claims, and the ids that let Slack's retried events and replayed commands through once.
 * Without DATABASE_URL it is files in DATA_DIR and the process's memory; with it, PostgreSQL, shared by
 * every replica. Listeners see only the parts (EventRecorder, AskHrGuard, RecentIds), never which store.
 */
export interface StateStore {
  readonly events: EventRecorder;
  readonly askHrGuard: AskHrGuard;
  /** Events API `event_id`s (Slack retries a delivery for about an hour). */
  readonly eventIds: RecentIds;
  /** Slash commands' `trigger_id`s (a captured request replays for five minutes). */
  readonly triggerIds: RecentIds;
  /** Prepares the store (PostgreSQL: migrations); refuses only what retrying can't fix. */
  start(): Promise<void>;
  health(): Promise<StoreHealth>;
  /** Writes what can still be written and lets go of connections and timers. */
  close(): Promise<void>;
}
