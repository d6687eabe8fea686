import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { LRUCache } from 'lru-cache';

/** Slack retries an event for up to about an hour; remember ids a little longer than that is worth. */
const EVENT_TTL_MS = 60 * 60 * 1000;
const MAX_REMEMBERED_EVENTS = 20_000;

/**
 * Slack sends an event again (with X-Slack-Retry-Num) when it thinks the first delivery was acknowledged
 * late, and Bolt hands every retry to the listeners. This middleware lets each `event_id` through once, so
 * one mention gets one reply. The memory is bounded (an LRU with a time-to-live) and per process; with several
 * HTTP replicas a retry can reach another replica, which a shared store would close (see README).
 */
export function dedupeEvents(): Middleware<SlackEventMiddlewareArgs> {
  const seen = new LRUCache<string, true>({ max: MAX_REMEMBERED_EVENTS, ttl: EVENT_TTL_MS });
  return async ({ body, context, logger, next }) => {
    const eventId = typeof body === 'object' && body !== null && 'event_id' in body ? body.event_id : undefined;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) {
        logger.info({
          event: 'duplicate_event_dropped',
          eventId,
          retryNum: context.retryNum,
          retryReason: context.retryReason,
        });
        return;
      }
      seen.set(eventId, true);
    }
    await next();
  };
}
