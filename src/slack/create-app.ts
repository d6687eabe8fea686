import { App, type Receiver } from '@slack/bolt';
import { type EventRecorder, NO_EVENTS } from '../analytics/event-log';
import type { AppEnv } from '../config/env';
import { registerListeners } from '../listeners';
import type { InFlight } from '../runtime/in-flight';
import type { JsonLogger } from '../runtime/json-logger';
import type { KnowledgeStore } from '../service/knowledge-store';

/** Retries for Web API calls: 5xx, network errors and 429s (after their Retry-After) are retried with backoff. */
export interface RetryPolicy {
  retries: number;
  minTimeout: number;
  maxTimeout: number;
  factor: number;
}

export const PRODUCTION_RETRIES: RetryPolicy = { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 4000 };
/** A Web API call that hangs is abandoned (and retried) after this long. */
const WEB_API_TIMEOUT_MS = 10_000;

export interface CreateAppOptions {
  env: AppEnv;
  store: KnowledgeStore;
  logger: JsonLogger;
  /** A receiver of its own (AWS Lambda); otherwise Socket Mode when SLACK_APP_TOKEN is set, else HTTP. */
  receiver?: Receiver;
  retries?: RetryPolicy;
  /** Tracks requests still being processed, for a graceful shutdown. */
  inFlight?: InFlight;
  /** Where questions, votes and escalations are recorded for `npm run report`. */
  events?: EventRecorder;
}

export type RunMode = 'socket' | 'http' | 'custom';

export function runModeOf(env: AppEnv, receiver?: Receiver): RunMode {
  if (receiver) return 'custom';
  return env.SLACK_APP_TOKEN ? 'socket' : 'http';
}

/**
 * Builds the Bolt app for any of the three ways to run, with the same listeners. Initialisation (Bolt's
 * auth.test call) is deferred so the caller can turn a rejected token into a clear message instead of a crash.
 */
export function createApp({
  env,
  store,
  logger,
  receiver,
  retries = PRODUCTION_RETRIES,
  inFlight,
  events = NO_EVENTS,
}: CreateAppOptions): App {
  const clientOptions = {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    timeout: WEB_API_TIMEOUT_MS,
    retryConfig: {
      ...retries,
      onFailedAttempt: (error: { attemptNumber: number; retriesLeft: number; message: string }) => {
        logger.warn({
          event: 'web_api_retry',
          attempt: error.attemptNumber,
          retriesLeft: error.retriesLeft,
          error: error.message,
        });
      },
    },
  };
  // Bolt resets its logger to INFO unless told the level, so pass the same one: Bolt logs at LOG_LEVEL too.
  // No conversation store: hrfaq keeps no per-conversation state, and Bolt's default one builds an Error
  // (with a stack trace) on every request in a conversation it hasn't seen, which costs real throughput.
  const common = {
    token: env.SLACK_BOT_TOKEN,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    deferInitialization: true,
    convoStore: false as const,
  };
  const mode = runModeOf(env, receiver);
  const app =
    mode === 'custom'
      ? new App({ ...common, receiver })
      : mode === 'socket'
        ? new App({ ...common, appToken: env.SLACK_APP_TOKEN, socketMode: true })
        : new App({
            ...common,
            signingSecret: env.SLACK_SIGNING_SECRET,
            port: env.PORT,
            customRoutes: [
              {
                path: '/healthz',
                method: ['GET'],
                handler: (_request, response) => {
                  response.writeHead(200, { 'Content-Type': 'text/plain' });
                  response.end(`ok ${store.service.kb.faqs.length} faqs\n`);
                },
              },
            ],
          });
  if (inFlight) app.use(inFlight.middleware());
  app.error(async (error) => {
    logger.error({ event: 'unhandled_listener_error', code: error.code }, error);
  });
  registerListeners(app, { store, events, hrChannelId: env.HR_CHANNEL_ID });
  return app;
}
