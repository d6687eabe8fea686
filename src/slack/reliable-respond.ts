import { type Logger, RespondError, type RespondFn } from '@slack/bolt';
import pRetry, { AbortError } from 'p-retry';

/** Retries for response_url posts, over about a minute, like Web API calls. */
export const RESPOND_RETRIES = { retries: 8, factor: 2, minTimeout: 250, maxTimeout: 10_000 };
/** A response_url post that hangs is abandoned (and retried) after this long. */
export const RESPOND_TIMEOUT_MS = 10_000;

class RespondTimeout extends Error {}

/** Bolt's respond has no timeout; a hung post would hold its request (and a shutdown) for ever. */
function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RespondTimeout(`response_url post timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Bolt's `respond` posts once. This retries network errors, 5xx and 429 with backoff (as the Web API client
 * does for API calls), logging each failed attempt; a 4xx such as an expired response_url fails at once.
 */
/** The policy every reliableRespond uses unless given one; createApp sets it (tests make it short). */
export const respondPolicy = { retries: RESPOND_RETRIES, timeoutMs: RESPOND_TIMEOUT_MS };

export function reliableRespond(
  respond: RespondFn,
  logger: Logger,
  retries = respondPolicy.retries,
  timeoutMs = respondPolicy.timeoutMs,
): RespondFn {
  return (message) =>
    pRetry(
      async () => {
        try {
          return await withTimeout(respond(message), timeoutMs);
        } catch (error) {
          // A 4xx other than 429 will not get better by asking again (an expired response_url, say).
          if (error instanceof RespondError && error.statusCode < 500 && error.statusCode !== 429) {
            throw new AbortError(error);
          }
          throw error;
        }
      },
      {
        ...retries,
        onFailedAttempt: (error) =>
          logger.warn({
            event: 'respond_retry',
            attempt: error.attemptNumber,
            retriesLeft: error.retriesLeft,
            error: error.message,
          }),
      },
    );
}
