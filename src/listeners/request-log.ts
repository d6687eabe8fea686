import type { Logger } from '@slack/bolt';

export interface HandledRequest {
  /** What was handled: command, mention, dm, home, or action:<name>. */
  type: string;
  /** The match band, or help / list, when there was a question. */
  band?: string;
  faq?: string;
  /** How it ended when not plainly: unavailable, error, ignored… */
  outcome?: string;
  startedAt: number;
}

/**
 * One structured line per handled request. It never carries the question text: that stays out of
 * info-level logs for privacy.
 */
export function logHandled(logger: Logger, { startedAt, ...fields }: HandledRequest): void {
  logger.info({ event: 'request', ...fields, ms: Math.round((performance.now() - startedAt) * 10) / 10 });
}
