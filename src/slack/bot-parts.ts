import { type App, type Logger, LogLevel } from '@slack/bolt';
import { type EventRecorder, NO_EVENTS, openEventLog } from '../analytics/event-log';
import type { AppEnv } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { createLogger } from '../runtime/logger';
import { describeInitError } from '../runtime/startup';
import { serviceOptionsFor } from '../service/hrfaq-service';
import { KnowledgeStore } from '../service/knowledge-store';

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
  events: EventRecorder;
}

export function logLevelOf(env: AppEnv): LogLevel {
  return LOG_LEVELS[env.LOG_LEVEL];
}

export function createBotParts(env: AppEnv, kb: KnowledgeBase): BotParts {
  const logger = createLogger({
    level: logLevelOf(env),
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN],
  });
  const store = new KnowledgeStore(kb, serviceOptionsFor(env));
  const events = env.ANALYTICS === 'off' ? NO_EVENTS : openEventLog(env.DATA_DIR, logger, env.ANALYTICS_SALT);
  return { logger, store, events };
}

/** Bolt's auth.test runs here; a rejected token or an unreachable Slack becomes a plain message. */
export async function initialiseApp(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    throw describeInitError(error);
  }
}
