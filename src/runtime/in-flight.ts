import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Counts requests still being processed (after their acknowledgement, listeners may still be posting), so
 * a shutdown can wait for them to finish instead of cutting them off.
 */
export class InFlight {
  private count = 0;
  private waiters: Array<() => void> = [];

  get active(): number {
    return this.count;
  }

  /** Bolt global middleware that wraps every incoming request. */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ next }) => {
      this.count += 1;
      try {
        await next();
      } finally {
        this.count -= 1;
        if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
      }
    };
  }

  /** Resolves true when nothing is in flight, or false if `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
