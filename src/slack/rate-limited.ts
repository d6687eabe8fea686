import { webApi } from '@slack/bolt';

/** How long a reply keeps waiting out rate limits before it is given up (about a minute, like other faults). */
export const RATE_LIMIT_PATIENCE_MS = 60_000;

/**
 * The Web API client pauses all its calls while any one method is rate limited, so a 429 on one method
 * held every user's reply. It is told to reject rate-limited calls instead (`rejectRateLimitedCalls`), and
 * the call that was limited waits out its own Retry-After here, alone.
 */
export async function waitOutRateLimits<T>(call: () => Promise<T>, patienceMs = RATE_LIMIT_PATIENCE_MS): Promise<T> {
  const giveUpAt = Date.now() + patienceMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      const waitMs = Math.max(1, error.retryAfter) * 1000;
      if (Date.now() + waitMs > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

function isRateLimited(error: unknown): error is webApi.WebAPIRateLimitedError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === webApi.ErrorCode.RateLimitedError &&
    'retryAfter' in error &&
    typeof error.retryAfter === 'number'
  );
}
