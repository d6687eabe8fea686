import type { Logger } from '@slack/bolt';

/**
 * One bad promise must not take the bot down for everyone: log unhandled rejections and uncaught
 * exceptions, and keep serving. Listeners catch their own errors and Bolt sends what escapes them to
 * `app.error`; this is the last net, for a stray timer or promise. Node advises restarting after an
 * uncaught exception; the bot keeps answering instead (its state is read-only between reloads), and the
 * error line tells operators to look.
 */
export function installCrashGuards(logger: Logger, target: NodeJS.EventEmitter = process): () => void {
  const onRejection = (reason: unknown) =>
    logger.error({ event: 'unhandled_rejection' }, reason instanceof Error ? reason : String(reason));
  const onException = (error: Error) => logger.error({ event: 'uncaught_exception' }, error);
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
