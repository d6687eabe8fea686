import { type App, type Logger, LogLevel } from '@slack/bolt';
import type { EventRecorder } from '../analytics/event-log';
import { loadOrCreateSalt } from '../analytics/event-log';
import { POPULAR_DAYS, PopularQuestions, popularFromLog } from '../analytics/popular-questions';
import { buildUsageSummary, readUsageSummary } from '../analytics/usage-summary';
import { type AppEnv, indexDirOf } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { FileLearningStore } from '../learning/file-learning-store';
import type { HrAccess } from '../learning/hr-access';
import { Learning } from '../learning/learning';
import { userHasher } from '../learning/user-hash';
import { matcherWithCache } from '../matching/index-cache';
import type { Matcher } from '../matching/matcher';
import { errorCode, errorText } from '../runtime/error-details';
import { createLogger } from '../runtime/logger';
import { describeInitError } from '../runtime/startup';
import { serviceOptionsFor } from '../service/hrfaq-service';
import { KnowledgeStore } from '../service/knowledge-store';
import { openStore } from '../store/open-store';
import { pgAnsweredByDay, pgUsageSummary } from '../store/postgres/pg-report';
import { PostgresStore } from '../store/postgres/postgres-store';
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
  /** The state's event recorder, also counting what people ask for "Questions people often ask". */
  events: EventRecorder;
  /** What people teach the bot; undefined with LEARNING=off or an unusable DATA_DIR. Call `refresh()` once. */
  learning?: Learning;
  hr: HrAccess;
}

export function logLevelOf(env: AppEnv): LogLevel {
  return LOG_LEVELS[env.LOG_LEVEL];
}

/**
 * `cacheProblem`: why the knowledge base's parsed FAQs could not be saved in INDEX_DIR (readKnowledge), logged
 * here with the saved index's own problems, since this is where the logger is made.
 */
export function createBotParts(
  env: AppEnv,
  kb: KnowledgeBase,
  { poolSize, cacheProblem }: { poolSize?: number; cacheProblem?: string } = {},
): BotParts {
  const logger = createLogger({
    level: logLevelOf(env),
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN],
  });
  const state = openStore(env, logger, { poolSize });
  const learning = createLearning(env, logger, state);
  const hr = hrAccessFor(env, state);
  if (cacheProblem) logger.warn({ event: 'index_problem', note: cacheProblem });
  const matcher = startingMatcher(env, kb, logger);
  if (env.ANALYTICS === 'off') {
    const store = new KnowledgeStore(kb, serviceOptionsFor(env, learning), matcher);
    return { logger, store, state, events: state.events, learning, hr };
  }
  // "Questions people often ask" counts the last 30 days of the event log (files, or PostgreSQL in the
  // background), then every answer the bot gives.
  const popular = state instanceof PostgresStore ? new PopularQuestions() : popularFromLog(env.DATA_DIR);
  if (state instanceof PostgresStore) void seedPopular(popular, state, logger);
  const events = popular.observe(state.events);
  const options = { ...serviceOptionsFor(env, learning), mostAsked: (limit: number) => popular.ranked(limit) };
  return { logger, store: new KnowledgeStore(kb, options, matcher), state, events, learning, hr };
}

/**
 * The matcher the bot starts with: read from the index saved in INDEX_DIR when it was built from this very
 * knowledge base, else built and saved there. A folder that can't be used only costs the next start time.
 */
export function startingMatcher(env: AppEnv, kb: KnowledgeBase, logger: Logger): Matcher {
  const started = performance.now();
  const { matcher, source, saved, problem } = matcherWithCache(kb, indexDirOf(env));
  if (problem) logger.warn({ event: 'index_problem', note: problem });
  logger.info({
    event: source === 'saved' ? 'index_read' : 'index_built',
    faqs: kb.faqs.length,
    ms: Math.round(performance.now() - started),
    ...(saved ? { saved: true } : {}),
  });
  return matcher;
}

/**
 * Seeds "Questions people often ask" with the answers PostgreSQL holds from the last 30 days, up to now
 * (what this process answers from now on it counts itself). Never in the way of answering: a database that
 * is down only means the list fills up from this process's own answers.
 */
export async function seedPopular(
  popular: PopularQuestions,
  state: PostgresStore,
  logger: Logger,
  now = new Date(),
): Promise<void> {
  try {
    await state.ready();
    const since = new Date(now.getTime() - POPULAR_DAYS * 24 * 60 * 60 * 1000);
    popular.seedCounts(await pgAnsweredByDay(state.pool, since, now));
  } catch (error) {
    logger.warn({ event: 'popular_seed_failed', error: errorText(error), note: 'counting from new answers only' });
  }
}

/** With a shared store, how often a replica reads again what the others learned. */
export const LEARNING_REFRESH_MS = 60_000;

/**
 * Learning from people's picks and votes: in PostgreSQL when the state store is (shared by every replica,
 * each reading the others' learning every minute), else in DATA_DIR. None with LEARNING=off, nor with
 * ANALYTICS=off (which promises that nothing about anyone's questions is recorded). An unusable DATA_DIR is
 * a warning, as for analytics: the bot answers as before, it just doesn't learn.
 */
export function createLearning(
  env: Pick<AppEnv, 'LEARNING' | 'ANALYTICS' | 'LEARN_MIN_PEOPLE' | 'DATA_DIR' | 'ANALYTICS_SALT'>,
  logger: Logger,
  state?: StateStore,
): Learning | undefined {
  if (env.LEARNING === 'off' || env.ANALYTICS === 'off') return undefined;
  if (state instanceof PostgresStore && env.ANALYTICS_SALT) {
    const learning = new Learning(state.learningStore(env.LEARN_MIN_PEOPLE), userHasher(env.ANALYTICS_SALT), logger);
    learning.refreshEvery(LEARNING_REFRESH_MS);
    return learning;
  }
  try {
    const store = new FileLearningStore(env.DATA_DIR, {
      minPeople: env.LEARN_MIN_PEOPLE,
      onProblem: (problem) => logger.warn({ event: 'learning_file_unreadable', problem }),
    });
    const salt = env.ANALYTICS_SALT ?? loadOrCreateSalt(env.DATA_DIR);
    return new Learning(store, userHasher(salt), logger);
  } catch (error) {
    logger.warn({
      event: 'learning_unavailable',
      directory: env.DATA_DIR,
      error: errorText(error),
      note: 'answering without learning; fix DATA_DIR (or set LEARNING=off) and restart',
    });
    return undefined;
  }
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** HR_ADMINS, and the last seven days' figures from the event log: files, or SQL in PostgreSQL. */
export function hrAccessFor(env: Pick<AppEnv, 'HR_ADMINS' | 'ANALYTICS' | 'DATA_DIR'>, state?: StateStore): HrAccess {
  const admins = new Set(env.HR_ADMINS);
  return {
    isAdmin: (userId) => admins.has(userId),
    hasAdmins: admins.size > 0,
    summary: async (now = new Date()) => {
      const since = new Date(now.getTime() - WEEK_MS);
      if (env.ANALYTICS === 'off') return buildUsageSummary([], since, now);
      if (state instanceof PostgresStore) {
        await state.ready();
        return pgUsageSummary(state.pool, since, now);
      }
      return readUsageSummary(env.DATA_DIR, since, now);
    },
  };
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
      // Say how long it will go on, so that nobody takes the retries for a hang.
      const givingUpInS = Math.round((giveUpAt - Date.now()) / 1000);
      logger?.warn({ event: 'slack_unreachable_retrying', attempt, waitMs, givingUpInS, error: errorText(error) });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
