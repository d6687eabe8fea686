import { type AnyMiddlewareArgs, App, type CodedError, HTTPReceiver, type Logger, type Receiver } from '@slack/bolt';
import { type EventRecorder, NO_EVENTS } from '../analytics/event-log';
import { NOTICES } from '../blocks/notice-card';
import type { AppEnv } from '../config/env';
import { knowledgeHash } from '../knowledge/content-hash';
import type { HrAccess } from '../learning/hr-access';
import type { Learning } from '../learning/learning';
import { registerListeners } from '../listeners';
import { logRequests, requestName } from '../listeners/request-log';
import type { InFlight } from '../runtime/in-flight';
import type { KnowledgeStore } from '../service/knowledge-store';
import type { StateStore, StoreHealth } from '../store/state-store';
import { waitOutRateLimits } from './rate-limited';
import { respondPolicy } from './reliable-respond';
import { guardRequests } from './request-guard';

/** Retries for Web API calls: 5xx, network errors and 429s (after their Retry-After) are retried with backoff. */
export interface RetryPolicy {
  retries: number;
  minTimeout: number;
  maxTimeout: number;
  factor: number;
}

/** About a minute of retries (0.5 + 1 + 2 + 4 + 8 + 10 × 4 s), so a Slack blip doesn't lose a reply. */
export const PRODUCTION_RETRIES: RetryPolicy = { retries: 9, factor: 2, minTimeout: 500, maxTimeout: 10_000 };
/** A Web API call that hangs is abandoned (and retried) after this long. */
const WEB_API_TIMEOUT_MS = 10_000;

export interface CreateAppOptions {
  env: AppEnv;
  store: KnowledgeStore;
  logger: Logger;
  /** A receiver of its own (AWS Lambda); otherwise Socket Mode when SLACK_APP_TOKEN is set, else HTTP. */
  receiver?: Receiver;
  retries?: RetryPolicy;
  /** Tracks requests still being processed, for a graceful shutdown. */
  inFlight?: InFlight;
  /** Where questions, votes and escalations are recorded for `npm run report` (the state's, if not given). */
  events?: EventRecorder;
  /** Shared state: Ask HR claims, retried-event and replayed-command ids, and the store's health. */
  state?: StateStore;
  /** Retries and timeout for response_url posts (tests make them short). */
  respond?: Partial<typeof respondPolicy>;
  /** What people teach the bot (none with LEARNING=off). */
  learning?: Learning;
  /** HR admins and their figures, for `/hrfaq stats`, App Home and the digest's buttons. */
  hr?: HrAccess;
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
  state,
  events = state?.events ?? NO_EVENTS,
  respond,
  learning,
  hr,
}: CreateAppOptions): App {
  Object.assign(respondPolicy, respond);
  const clientOptions = {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    timeout: WEB_API_TIMEOUT_MS,
    // A 429 would otherwise pause every call of the client; each call waits out its own (rate-limited.ts).
    rejectRateLimitedCalls: true,
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
    // app.error gets the request too, to name what failed and to apologise to the user.
    extendedErrorHandler: true,
  };
  const mode = runModeOf(env, receiver);
  const app =
    mode === 'custom'
      ? new App({ ...common, receiver })
      : mode === 'socket'
        ? new App({ ...common, appToken: env.SLACK_APP_TOKEN, socketMode: true })
        : new App({ ...common, receiver: httpReceiver(env, store, logger, () => state?.health()) });
  if (inFlight) app.use(inFlight.middleware());
  app.use(logRequests());
  // Every error a listener throws ends here: logged as `<request>_failed`, and the user gets a polite notice.
  app.error(async ({ error, body }: { error: CodedError; body: AnyMiddlewareArgs['body'] }) => {
    logger.error({ event: `${requestName(body)}_failed`, code: error.code }, error.original ?? error);
    await apologise(app, body, logger);
  });
  registerListeners(app, {
    store,
    events,
    learning,
    hr,
    ...(state ? { askHrGuard: state.askHrGuard, eventIds: state.eventIds, triggerIds: state.triggerIds } : {}),
  });
  return app;
}

/** Bolt's HTTP receiver (POST /slack/events, GET /healthz), behind the checks Bolt leaves out. */
function httpReceiver(
  env: AppEnv,
  store: KnowledgeStore,
  logger: Logger,
  health: () => Promise<StoreHealth> | undefined,
): HTTPReceiver {
  const signingSecret = env.SLACK_SIGNING_SECRET ?? '';
  const receiver = new HTTPReceiver({
    signingSecret,
    port: env.PORT,
    logger,
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        // 200 whatever the store says: the bot answers without it, so the load balancer should keep it.
        handler: async (_request, response) => {
          const { kb } = store.service;
          const state = await health();
          response.writeHead(200, { 'Content-Type': 'text/plain' });
          response.end(
            [
              `ok ${kb.faqs.length} faqs`,
              `knowledge ${knowledgeHash(kb)}`,
              ...(state ? [`store ${state.kind} ${state.reachable ? 'reachable' : 'unreachable'}`] : []),
              '',
            ].join('\n'),
          );
        },
      },
    ],
  });
  receiver.requestListener = guardRequests(receiver.requestListener, signingSecret);
  return receiver;
}

/** A response_url post (the apology) that hangs is abandoned after this long. */
const APOLOGY_TIMEOUT_MS = 10_000;

/**
 * Tells the user something went wrong, privately: through the request's response_url (slash commands and
 * buttons in messages), or for a mention or DM whose reply could not be posted, as an ephemeral message.
 */
async function apologise(app: App, body: object, logger: Logger): Promise<void> {
  const url = 'response_url' in body && typeof body.response_url === 'string' ? body.response_url : undefined;
  if (!url) {
    await apologiseForEvent(app, body, logger);
    return;
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...NOTICES.somethingWentWrong() }),
    signal: AbortSignal.timeout(APOLOGY_TIMEOUT_MS),
  }).catch((error: unknown) => error);
  if (!(response instanceof Response) || !response.ok) logger.warn({ event: 'apology_failed' });
}

async function apologiseForEvent(app: App, body: object, logger: Logger): Promise<void> {
  const event = 'event' in body && typeof body.event === 'object' && body.event !== null ? body.event : undefined;
  if (!event || !('user' in event) || !('channel' in event)) return;
  const { user, channel } = event;
  if (typeof user !== 'string' || typeof channel !== 'string') return;
  const notice = NOTICES.replyNotDelivered();
  try {
    await waitOutRateLimits(() =>
      app.client.chat.postEphemeral({
        channel,
        user,
        text: notice.text,
        blocks: notice.blocks,
        ...('thread_ts' in event && typeof event.thread_ts === 'string' ? { thread_ts: event.thread_ts } : {}),
      }),
    );
    logger.warn({ event: 'reply_not_delivered', note: 'told the asker privately' });
  } catch (error) {
    logger.warn({ event: 'apology_failed' }, error);
  }
}
