import { indexDirOf } from './config/env';
import { loadEnvFile } from './config/env-file';
import { installCrashGuards } from './runtime/crash-guard';
import { InFlight } from './runtime/in-flight';
import { serveKnowledge } from './runtime/serve-knowledge';
import { installShutdown } from './runtime/shutdown';
import { readAppEnv, readKnowledge, StartupError } from './runtime/startup';
import { createBotParts, initialiseApp } from './slack/bot-parts';
import { createApp, runModeOf } from './slack/create-app';
import { scheduleDigest, sendWeeklyDigest } from './slack/weekly-digest';
import { startStore } from './store/open-store';

/** The bot: load the settings and the knowledge base, build the Bolt app, register listeners, start. */
async function main(): Promise<void> {
  loadEnvFile();
  const env = readAppEnv(process.env);
  // Parsed FAQs are kept beside the saved index: a restart parses only the files that changed.
  const { kb, cacheProblem } = readKnowledge(env.KNOWLEDGE_DIR, indexDirOf(env));
  const { logger, store, state, events, learning, hr } = createBotParts(env, kb, { cacheProblem });
  installCrashGuards(logger);
  await startStore(state);
  await learning?.refresh();
  const inFlight = new InFlight();
  const app = createApp({ env, store, logger, inFlight, state, events, learning, hr });
  await initialiseApp(app, { logger });
  const mode = runModeOf(env);
  await (mode === 'http' ? app.start(env.PORT) : app.start());
  // Answers are converted to Slack mrkdwn in the background, and edits to the folder go live.
  const watcher = serveKnowledge({ directory: env.KNOWLEDGE_DIR, store, logger });
  const hrChannelId = env.HR_CHANNEL_ID;
  // The weekly digest needs somewhere to go; without HR_CHANNEL_ID there is none.
  const digest = hrChannelId
    ? scheduleDigest(env.DIGEST_CRON, env.TZ, () =>
        sendWeeklyDigest({ client: app.client, hrChannelId, store, hr, learning, events, logger }),
      )
    : undefined;
  installShutdown({
    app,
    inFlight,
    logger,
    beforeExit: async () => {
      digest?.stop();
      learning?.stop();
      watcher.close();
      await state.close();
    },
    deadlineMs: env.SHUTDOWN_DEADLINE_MS,
    undone: () => ({ eventsUnwritten: state.events.pending ?? 0 }),
  });
  logger.info({
    event: 'started',
    mode,
    ...(mode === 'http' ? { port: env.PORT } : {}),
    faqs: kb.faqs.length,
    // Since the process began (performance's time origin): loading, building the matcher, connecting.
    startupMs: Math.round(performance.now()),
    store: env.DATABASE_URL ? 'postgres' : 'files',
    learning: learning !== undefined,
    ...(digest ? { nextDigest: digest.nextRun()?.toISOString() } : {}),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : `hrfaq failed to start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
