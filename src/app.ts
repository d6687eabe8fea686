import type { LogLevel } from '@slack/bolt';
import dotenv from 'dotenv';
import { EventLog, NO_EVENTS } from './analytics/event-log';
import { installCrashGuards } from './runtime/crash-guard';
import { InFlight } from './runtime/in-flight';
import { JsonLogger } from './runtime/json-logger';
import { watchKnowledge } from './runtime/knowledge-watcher';
import { installShutdown } from './runtime/shutdown';
import { describeInitError, readAppEnv, readKnowledge, StartupError } from './runtime/startup';
import { KnowledgeStore } from './service/knowledge-store';
import { createApp, runModeOf } from './slack/create-app';

/** The bot: load the settings and the knowledge base, build the Bolt app, register listeners, start. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const env = readAppEnv(process.env);
  const kb = readKnowledge(env.KNOWLEDGE_DIR);
  const logger = new JsonLogger({
    level: env.LOG_LEVEL as LogLevel,
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN],
  });
  installCrashGuards(logger);
  const store = new KnowledgeStore(kb, { feedback: true, askHr: env.HR_CHANNEL_ID !== undefined });
  const inFlight = new InFlight();
  const events = env.ANALYTICS === 'off' ? NO_EVENTS : new EventLog(env.DATA_DIR, logger, env.ANALYTICS_SALT);
  const app = createApp({ env, store, logger, inFlight, events });
  try {
    await app.init();
  } catch (error) {
    throw describeInitError(error);
  }
  const mode = runModeOf(env);
  await (mode === 'http' ? app.start(env.PORT) : app.start());
  const watcher = watchKnowledge({ directory: env.KNOWLEDGE_DIR, logger, onReload: (next) => store.replace(next) });
  installShutdown({
    app,
    inFlight,
    logger,
    beforeExit: async () => {
      watcher.close();
      await events.flush();
    },
  });
  logger.info({ event: 'started', mode, ...(mode === 'http' ? { port: env.PORT } : {}), faqs: kb.faqs.length });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : `hrfaq failed to start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
