import type { Logger } from '@slack/bolt';
import { errorText } from '../../runtime/error-details';

/** While the database is down, it is probed this often; the first answer brings every part back. */
const PROBE_EVERY_MS = 1000;

/**
 * Whether PostgreSQL is answering, shared by every part of the store. A query that fails or takes too long
 * marks it down; while down, the parts use their in-process fallbacks at once (no waiting on timeouts), and
 * a probe brings it back up by itself.
 */
export class Reachability {
  private up = true;
  private probeTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly logger: Logger,
    private readonly probeEveryMs = PROBE_EVERY_MS,
  ) {}

  get reachable(): boolean {
    return this.up;
  }

  /**
   * Runs `operation` if the database is up, giving up after `timeoutMs`. Undefined means "no answer from the
   * database": down, failing or too slow; the caller falls back.
   */
  async attempt<T>(operation: () => Promise<T>, timeoutMs: number): Promise<T | undefined> {
    if (!this.up) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([operation(), timeout]);
      if (outcome === 'timeout') {
        this.markDown(`no answer within ${timeoutMs} ms`);
        return undefined;
      }
      return outcome as T;
    } catch (error) {
      this.markDown(errorText(error));
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  markDown(reason: string): void {
    if (!this.up || this.closed) return;
    this.up = false;
    this.logger.warn({
      event: 'store_unreachable',
      error: reason,
      note: 'answering as usual; recording is buffered and de-duplication uses this process’s memory',
    });
    this.probeTimer = setInterval(() => void this.check(), this.probeEveryMs);
    this.probeTimer.unref();
  }

  markUp(): void {
    if (this.up) return;
    this.up = true;
    clearInterval(this.probeTimer);
    this.logger.info({ event: 'store_reachable' });
  }

  /** Asks the database now (for /healthz), updating the state either way. */
  async check(timeoutMs = 1000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const ok = await Promise.race([
      this.probe().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (ok) this.markUp();
    else this.markDown('probe failed');
    return ok;
  }

  close(): void {
    this.closed = true;
    clearInterval(this.probeTimer);
  }
}
