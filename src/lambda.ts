import { AwsLambdaReceiver } from '@slack/bolt';
import type { EventRecorder } from './analytics/event-log';
import { indexDirOf } from './config/env';
import { readAppEnv, readKnowledge, StartupError } from './runtime/startup';
import { createBotParts, initialiseApp } from './slack/bot-parts';
import { createApp } from './slack/create-app';
import { startStore } from './store/open-store';

/** Bolt's Lambda handler, and the API Gateway (v1 or v2) event it takes. */
type BoltHandler = Awaited<ReturnType<AwsLambdaReceiver['start']>>;
export type LambdaEvent = Parameters<BoltHandler>[0];

/** Builds the app once per Lambda container (cold start), with the same listeners as the server. */
interface Ready {
  handle: BoltHandler;
  events: EventRecorder;
  /** Stops the learning refresh, writes what is buffered and closes the database pool and its timers. */
  close: () => Promise<void>;
}

let ready: Promise<Ready> | undefined;

async function initialise(): Promise<Ready> {
  // A container's /tmp dies with it, so an index (or parsed FAQs) saved there would only cost the cold start
  // its writing: none unless INDEX_DIR names one (an EFS mount shared by the containers, say).
  const env = readAppEnv({ ...process.env, SLACK_APP_TOKEN: '', INDEX_DIR: process.env.INDEX_DIR || 'off' });
  // Without an app token the schema already demands the signing secret; this narrows its type.
  if (!env.SLACK_SIGNING_SECRET) throw new StartupError('hrfaq on Lambda needs SLACK_SIGNING_SECRET.');
  const { kb, cacheProblem } = readKnowledge(env.KNOWLEDGE_DIR, indexDirOf(env));
  // With DATABASE_URL (RDS or Aurora behind RDS Proxy) events, votes and Ask HR claims outlive the container.
  // The pool is built once per container and reused by every invocation: two connections at most.
  const { logger, store, state, events, learning, hr } = createBotParts(env, kb, { poolSize: 2, cacheProblem });
  const close = async () => {
    learning?.stop();
    await state.close();
  };
  try {
    await startStore(state);
    await learning?.refresh();
    const receiver = new AwsLambdaReceiver({ signingSecret: env.SLACK_SIGNING_SECRET, logger });
    const app = createApp({ env, store, logger, receiver, state, events, learning, hr });
    await initialiseApp(app, { patienceMs: 0 }); // a cold start can't wait minutes; Slack retries the request
    return { handle: await receiver.start(), events, close };
  } catch (error) {
    // The next invocation builds everything again: don't leave this attempt's pool open behind it.
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * Bolt's receiver decodes base64 bodies as ASCII, which breaks the signature of any body with non-ASCII
 * text (an accented name, an emoji); API Gateway sends such bodies base64-encoded, so decode them as UTF-8.
 */
export function decodeBody<T extends { body?: string | null; isBase64Encoded?: boolean }>(event: T): T {
  if (!event.isBase64Encoded || typeof event.body !== 'string') return event;
  return { ...event, body: Buffer.from(event.body, 'base64').toString('utf8'), isBase64Encoded: false };
}

/** The AWS Lambda entry point (API Gateway HTTP API or REST API, proxy integration). */
export async function handler(event: LambdaEvent, context: unknown): Promise<unknown> {
  if (ready === undefined) {
    const attempt: Promise<Ready> = initialise().catch((error: unknown) => {
      // Let the next invocation try again (e.g. after Slack was briefly unreachable), unless a newer
      // attempt has started since (after closeLambdaApp).
      if (ready === attempt) ready = undefined;
      throw error;
    });
    ready = attempt;
  }
  const { handle, events } = await ready;
  try {
    return await handle(decodeBody(event), context);
  } finally {
    // Lambda may freeze the container as soon as the handler returns: write events first (one attempt; with
    // the database down they stay buffered for the next invocation, and the reply is not held up).
    await events.flush();
  }
}

/**
 * Ends this container's app: buffered events are written and the database pool closed. Lambda freezes and
 * discards containers without telling the handler, so nothing calls this there; it is for wrappers that run
 * the handler in a process of their own, and for tests. The next invocation starts afresh.
 */
export async function closeLambdaApp(): Promise<void> {
  const current = ready;
  ready = undefined;
  const app = await current?.catch(() => undefined);
  await app?.close();
}
