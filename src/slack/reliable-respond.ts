import { type Logger, RespondError, type RespondFn } from '@slack/bolt';
import pRetry, { AbortError } from 'p-retry';

/** Retries for response_url posts: they are single webhook calls, so a short backoff suffices. */
export const RESPOND_RETRIES = { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 };

/**
 * Bolt's `respond` posts once. This retries network errors, 5xx and 429 with backoff (as the Web API client
 * does for API calls), logging each failed attempt; a 4xx such as an expired response_url fails at once.
 */
export function reliableRespond(respond: RespondFn, logger: Logger, retries = RESPOND_RETRIES): RespondFn {
  return (message) =>
    pRetry(
      async () => {
        try {
          return await respond(message);
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
