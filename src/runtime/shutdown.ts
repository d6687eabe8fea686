import type { App, Logger } from '@slack/bolt';
import type { InFlight } from './in-flight';

/**
 * `npm start` runs the bot as npm's grandchild (npm → sh → node), and a SIGTERM sent to npm by a process
 * manager ends npm without reaching the bot. A bot whose parent has gone is shut down gracefully too, so it
 * never keeps serving as an orphan.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  if (parent <= 1) return; // already under init or a container's PID 1: nothing to watch
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref();
}

/** Slack-facing processes are usually given 30 s to stop; finishing within 10 s keeps rollouts quick. */
export const SHUTDOWN_DEADLINE_MS = 10_000;
/**
 * One Ctrl-C or `kill -- -PGID` reaches the bot several times: directly, forwarded by npm, and as its parent
 * exiting. Signals within this long of the first are that same signal; only a later one means "stop now".
 */
export const REPEAT_SIGNAL_WINDOW_MS = 3000;

export interface ShutdownOptions {
  app: App;
  inFlight: InFlight;
  logger: Logger;
  /** Extra clean-up (closing the knowledge watcher, flushing the event log). */
  beforeExit?: () => Promise<void> | void;
  /** What was left undone when the deadline passes (e.g. event log lines not yet written). */
  undone?: () => Record<string, unknown>;
  exit?: (code: number) => void;
  /**
   * Exits even when a thread is stuck in the kernel (a hung NFS write), where `process.exit` would wait for
   * it forever: the process kills itself.
   */
  forceExit?: () => void;
  deadlineMs?: number;
  repeatWindowMs?: number;
}

/**
 * On SIGTERM or SIGINT, or when npm above it exits: stop accepting requests, let those in flight finish
 * (replies still being posted, event log lines still being written), then exit 0, all within the deadline.
 * At the deadline the process exits whatever is still pending, logging what was left undone. A signal
 * repeated within a few seconds is the same signal; one after that exits at once.
 */
export function installShutdown({
  app,
  inFlight,
  logger,
  beforeExit,
  undone = () => ({}),
  exit = (code) => process.exit(code),
  forceExit = () => process.kill(process.pid, 'SIGKILL'),
  deadlineMs = SHUTDOWN_DEADLINE_MS,
  repeatWindowMs = REPEAT_SIGNAL_WINDOW_MS,
}: ShutdownOptions): (signal: string) => Promise<void> {
  let startedAt: number | undefined;
  const shutdown = async (signal: string) => {
    if (startedAt !== undefined) {
      const insisted = signal !== 'parent exited' && Date.now() - startedAt >= repeatWindowMs;
      if (!insisted) {
        logger.info({ event: 'shutdown_signal_repeated', signal, note: 'already shutting down' });
        return;
      }
      logger.warn({ event: 'shutdown_forced', signal, inFlight: inFlight.active, ...undone() });
      forceExit();
      return;
    }
    const started = Date.now();
    startedAt = started;
    logger.info({ event: 'shutdown_started', signal, inFlight: inFlight.active });
    const hardStop = setTimeout(() => {
      logger.warn({
        event: 'shutdown_deadline',
        inFlight: inFlight.active,
        ...undone(),
        note: 'exiting with work left undone',
      });
      forceExit();
    }, deadlineMs);
    hardStop.unref();
    // Stop taking requests while those already acknowledged finish.
    const stopped = app.stop().catch((error: unknown) => logger.warn({ event: 'shutdown_stop_failed' }, error));
    const drained = await inFlight.idle(Math.max(0, deadlineMs - 500 - (Date.now() - started)));
    await stopped;
    try {
      await beforeExit?.();
    } catch (error) {
      logger.warn({ event: 'shutdown_cleanup_failed' }, error);
    }
    clearTimeout(hardStop);
    logger.info({ event: 'shutdown_complete', drained, ms: Date.now() - started, ...(drained ? {} : undone()) });
    exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  watchParent(() => void shutdown('parent exited'));
  return shutdown;
}
