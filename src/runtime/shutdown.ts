import type { App, Logger } from '@slack/bolt';
import type { InFlight } from './in-flight';

/**
 * `npm start` runs the bot as npm's grandchild (npm → sh → node), and a SIGTERM sent to npm by a process
 * manager ends npm without reaching the bot. A bot whose parent has gone is shut down gracefully too, so it
 * never keeps serving as an orphan.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 1000): void {
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

export interface ShutdownOptions {
  app: App;
  inFlight: InFlight;
  logger: Logger;
  /** Extra clean-up (closing the knowledge watcher, flushing the event log). */
  beforeExit?: () => Promise<void> | void;
  exit?: (code: number) => void;
  deadlineMs?: number;
}

/**
 * On SIGTERM or SIGINT: stop accepting requests, let those in flight finish, then exit 0, all within the
 * deadline. A second signal, or the deadline, exits at once.
 */
export function installShutdown({
  app,
  inFlight,
  logger,
  beforeExit,
  exit = (code) => process.exit(code),
  deadlineMs = SHUTDOWN_DEADLINE_MS,
}: ShutdownOptions): (signal: string) => Promise<void> {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ event: 'shutdown_forced', signal });
      exit(0);
      return;
    }
    stopping = true;
    const started = Date.now();
    logger.info({ event: 'shutdown_started', signal, inFlight: inFlight.active });
    const hardStop = setTimeout(() => {
      logger.warn({ event: 'shutdown_deadline', inFlight: inFlight.active });
      exit(0);
    }, deadlineMs);
    hardStop.unref();
    try {
      await app.stop();
    } catch (error) {
      logger.warn({ event: 'shutdown_stop_failed' }, error);
    }
    const drained = await inFlight.idle(Math.max(0, deadlineMs - 1000 - (Date.now() - started)));
    try {
      await beforeExit?.();
    } catch (error) {
      logger.warn({ event: 'shutdown_cleanup_failed' }, error);
    }
    clearTimeout(hardStop);
    logger.info({ event: 'shutdown_complete', drained, ms: Date.now() - started });
    exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  watchParent(() => void shutdown('parent exited'));
  return shutdown;
}
