import type { Middleware, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { LRUCache } from 'lru-cache';

/** Slack retries an event for up to about an hour; remember ids a little longer than that is worth. */
export const EVENT_TTL_MS = 60 * 60 * 1000;
/** A request's signature is accepted for five minutes, so a replayed slash command can arrive that late. */
export const COMMAND_TTL_MS = 10 * 60 * 1000;
const MAX_REMEMBERED = 20_000;

/**
 * Ids seen recently (event ids, trigger ids). Kept behind this small interface so a shared store can
 * replace the in-memory one when several replicas answer.
 */
export interface RecentIds {
  /** True the first time `id` is seen within the window, false for a repeat. */
  firstSeen(id: string): boolean | Promise<boolean>;
}

/** Per-process memory, bounded (an LRU with a time-to-live). */
export function inMemoryRecentIds(ttl: number): RecentIds {
  const seen = new LRUCache<string, true>({ max: MAX_REMEMBERED, ttl });
  return {
    firstSeen: (id) => {
      if (seen.has(id)) return false;
      seen.set(id, true);
      return true;
    },
  };
}

/**
 * Slack sends an event again (with X-Slack-Retry-Num) when it thinks the first delivery was acknowledged
 * late, and Bolt hands every retry to the listeners. This middleware lets each `event_id` through once, so
 * one mention gets one reply. The memory is per process unless given; with several HTTP replicas a retry can
 * reach another replica, which a shared store would close (see README).
 */
export function dedupeEvents(
  recent: RecentIds = inMemoryRecentIds(EVENT_TTL_MS),
): Middleware<SlackEventMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const eventId = typeof body === 'object' && body !== null && 'event_id' in body ? body.event_id : undefined;
    if (typeof eventId === 'string' && !(await recent.firstSeen(eventId))) {
      logger.info({
        event: 'duplicate_event_dropped',
        eventId,
        retryNum: context.retryNum,
        retryReason: context.retryReason,
      });
      return;
    }
    await next();
  };
}

/**
 * A slash command carries a `trigger_id` unique to one invocation; the same one again is a replay of a
 * captured request (its signature stays valid for five minutes), acknowledged and not answered.
 */
export function dedupeCommands(
  recent: RecentIds = inMemoryRecentIds(COMMAND_TTL_MS),
): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, logger, next }) => {
    if (command.trigger_id && !(await recent.firstSeen(command.trigger_id))) {
      logger.warn({ event: 'duplicate_command_dropped' });
      await ack();
      return;
    }
    await next();
  };
}
