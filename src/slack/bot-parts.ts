import { type App, type Logger, LogLevel } from '@slack/bolt';
import type { AppEnv } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { errorCode, errorText } from '../runtime/error-details';
import { createLogger } from '../runtime/logger';
import { describeInitError } from '../runtime/startup';
import { serviceOptionsFor } from '../service/hrfaq-service';
import { KnowledgeStore } from '../service/knowledge-store';
import { openStore } from '../store/open-store';
import type { StateStore } from '../store/state-store';

const LOG_LEVELS: Record<AppEnv['LOG_LEVEL'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** What every entry point (server or Lambda) builds from the settings before the Bolt app itself. */
export interface BotParts {
  logger: Logger;
  store: KnowledgeStore;
  /** Events, Ask HR claims and de-duplication: files and memory, or PostgreSQL (not started yet). */
  state: StateStore;
}

export function logLevelOf(env: AppEnv): LogLevel {
  return LOG_LEVELS[env.LOG_LEVEL];
}

export function createBotParts(env: AppEnv, kb: KnowledgeBase, { poolSize }: { poolSize?: number } = {}): BotParts {
  const logger = createLogger({
    level: logLevelOf(env),
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN],
  });
  const store = new KnowledgeStore(kb, serviceOptionsFor(env));
  const state = openStore(env, logger, { poolSize });
  return { logger, store, state };
}

/** How long start-up keeps trying to reach Slack (5xx, 429, timeouts) before giving up. */
export const STARTUP_PATIENCE_MS = 2 * 60 * 1000;

/** Errors that mean the token itself is wrong: retrying can't help, so they fail at once. */
const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked']);

/**
 * Bolt's auth.test runs here. A Slack blip at boot (5xx, 429, a timeout) is retried with backoff for a
 * while; a rejected token, or Slack unreachable for that whole time, becomes a plain message.
 */
export async function initialiseApp(
  app: App,
  { patienceMs = STARTUP_PATIENCE_MS, logger }: { patienceMs?: number; logger?: Logger } = {},
): Promise<void> {
  const giveUpAt = Date.now() + patienceMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await app.init();
      return;
    } catch (error) {
      const code = errorCode(error);
      const waitMs = Math.min(1000 * 2 ** (attempt - 1), 15_000);
      if ((code && TOKEN_ERRORS.has(code)) || Date.now() + waitMs > giveUpAt) throw describeInitError(error);
      logger?.warn({ event: 'slack_unreachable_retrying', attempt, waitMs, error: errorText(error) });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
