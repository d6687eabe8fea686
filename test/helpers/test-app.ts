import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { EventRecorder } from '../../src/analytics/event-log';
import { type AppEnv, appEnvSchema } from '../../src/config/env';
import type { Learning } from '../../src/learning/learning';
import { InFlight } from '../../src/runtime/in-flight';
import { createLogger } from '../../src/runtime/logger';
import { serviceOptionsFor } from '../../src/service/hrfaq-service';
import { KnowledgeStore } from '../../src/service/knowledge-store';
import { createLearning, hrAccessFor, logLevelOf } from '../../src/slack/bot-parts';
import { createApp } from '../../src/slack/create-app';
import { sendWeeklyDigest } from '../../src/slack/weekly-digest';
import type { StateStore } from '../../src/store/state-store';
import { FakeSlack } from './fake-slack';
import { loadValid } from './knowledge';
import { BOT_TOKEN, SIGNING_SECRET, type SignedRequest, signatureHeaders } from './slack-requests';

/** Short retries so failure tests finish in milliseconds, not the client's default half hour. */
export const TEST_RETRIES = { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 50 };

export interface RunningApp {
  app: App;
  store: KnowledgeStore;
  url: string;
  logLines: () => Array<Record<string, unknown>>;
  clearLogs: () => void;
  /** Resolves once every request sent so far has been fully handled (replies posted, not just acknowledged). */
  idle: () => Promise<boolean>;
  send: (
    request: SignedRequest,
    options?: { headers?: Record<string, string>; sign?: typeof signatureHeaders },
  ) => Promise<Response>;
  stop: () => Promise<void>;
  /** What the bot learned (only when started with `learning: true`). */
  learning?: Learning;
  /** Sends the weekly digest now, as the schedule would (needs HR_CHANNEL_ID). */
  sendDigest: (now?: Date) => Promise<boolean>;
}

/** Starts the real Bolt app in HTTP mode on a loopback port, talking to the fake Slack. */
export async function startTestApp(
  slack: FakeSlack,
  envOverrides: Record<string, string> = {},
  events?: EventRecorder,
  { learning: learns = false, state }: { learning?: boolean; state?: StateStore } = {},
): Promise<RunningApp> {
  const env: AppEnv = appEnvSchema.parse({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...envOverrides,
  });
  const lines: string[] = [];
  const logger = createLogger({
    level: logLevelOf(env),
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET],
    destination: { write: (line) => lines.push(line) },
  });
  // Off unless asked for, so other tests never write learning.json into the project's data/.
  const learning = learns ? createLearning(env, logger, state) : undefined;
  await learning?.refresh();
  const hr = hrAccessFor(env, state);
  const store = new KnowledgeStore(loadValid(env.KNOWLEDGE_DIR), serviceOptionsFor(env, learning));
  const inFlight = new InFlight();
  const app = createApp({
    env,
    store,
    logger,
    retries: TEST_RETRIES,
    events,
    state,
    inFlight,
    respond: { retries: TEST_RETRIES, timeoutMs: 500 },
    learning,
    hr,
  });
  await app.init();
  const server = await app.start(0);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    app,
    store,
    url,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    clearLogs: () => {
      lines.length = 0;
    },
    idle: () => inFlight.idle(5000),
    send: (request, { headers = {}, sign = signatureHeaders } = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': request.contentType, ...sign(request.body), ...headers },
        body: request.body,
      }),
    stop: async () => {
      server.closeAllConnections();
      await app.stop();
    },
    learning,
    sendDigest: (now) =>
      sendWeeklyDigest({
        client: app.client,
        hrChannelId: env.HR_CHANNEL_ID ?? '',
        store,
        hr,
        learning,
        events,
        logger,
        ...(now ? { now: () => now } : {}),
      }),
  };
}

/**
 * Starts a fake Slack and the bot once for a test file, and resets the fake and the captured logs before
 * each test. Read `harness.bot` inside tests (it exists once the file's tests start).
 */
export function useTestBot(
  options: { env?: Record<string, string>; events?: () => EventRecorder; learning?: boolean } = {},
) {
  const slack = new FakeSlack();
  let running: RunningApp | undefined;
  beforeAll(async () => {
    await slack.start();
    running = await startTestApp(slack, options.env, options.events?.(), { learning: options.learning });
  });
  afterAll(async () => {
    await running?.stop();
    await slack.stop();
  });
  beforeEach(async () => {
    // Let the previous test's requests finish, so nothing they post lands in this test's records.
    await running?.idle();
    slack.reset();
    running?.clearLogs();
  });
  return {
    slack,
    get bot(): RunningApp {
      if (!running) throw new Error('the test bot is not running yet');
      return running;
    },
  };
}
