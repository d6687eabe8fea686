import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { openEventLog } from '../src/analytics/event-log';
import { appEnvSchema } from '../src/config/env';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import { InFlight } from '../src/runtime/in-flight';
import { createLogger } from '../src/runtime/logger';
import { renderAnswersInBackground } from '../src/runtime/render-answers';
import { KnowledgeStore } from '../src/service/knowledge-store';
import { createApp } from '../src/slack/create-app';
import { openStore } from '../src/store/open-store';
import type { StateStore } from '../src/store/state-store';

/**
 * One server for the load benchmark, in a process of its own: `hrfaq` (the real app, logging at info as in
 * production) or `bare` (a Bolt app that acknowledges /hrfaq with a fixed message: the floor). Reports its
 * port, and its memory when asked, over IPC.
 * Usage: load-server <hrfaq|bare> <fake Slack API URL> <secret> <knowledge folder> [DATABASE_URL].
 * With a DATABASE_URL the hrfaq server keeps its state in PostgreSQL (events, de-duplication, Ask HR).
 */
async function main(): Promise<void> {
  const [variant = 'hrfaq', apiUrl = '', secret = '', knowledgeDir = '', databaseUrl = ''] = process.argv.slice(2);
  const token = 'xoxb-bench-token';
  let app: App;
  let state: StateStore | undefined;
  if (variant === 'bare') {
    app = new App({
      token,
      signingSecret: secret,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: apiUrl },
      deferInitialization: true,
    });
    app.command('/hrfaq', async ({ ack }) => ack({ response_type: 'ephemeral', text: 'Thanks, noted.' }));
  } else {
    const env = appEnvSchema.parse({
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      KNOWLEDGE_DIR: knowledgeDir,
      DATABASE_URL: databaseUrl,
      ANALYTICS_SALT: 'bench-salt-bench-salt',
    });
    const loaded = loadKnowledgeBase(env.KNOWLEDGE_DIR);
    if (!loaded.ok) throw new Error('knowledge base is invalid');
    const logger = createLogger({ level: LogLevel.INFO });
    // The bot converts answers in the background after it starts; the benchmark measures it after that.
    await renderAnswersInBackground(loaded.kb, logger);
    const store = new KnowledgeStore(loaded.kb, { feedback: true });
    // Analytics on, as in production: every command is recorded in an event log on the local disk.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-bench-data-'));
    process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    if (databaseUrl) {
      // The PostgreSQL store, as several replicas would run it.
      state = openStore(env, logger);
      await state.start();
      app = createApp({ env, store, logger, inFlight: new InFlight(), state });
    } else {
      const events = openEventLog(dataDir, logger, 'bench-salt-bench-salt');
      app = createApp({ env, store, logger, inFlight: new InFlight(), events });
    }
  }
  await app.init();
  const server = await app.start(0);
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'exit') process.exit(0);
    if (message.type === 'flush') {
      void (state?.events.flush() ?? Promise.resolve()).then(() =>
        process.send?.({ type: 'flushed', pending: state?.events.pending ?? 0 }),
      );
    }
    if (message.type === 'memory') {
      // Collect first (the benchmark starts servers with --expose-gc), so samples show what is retained.
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send?.({
        type: 'memory',
        rssMb: rss / 2 ** 20,
        heapUsedMb: heapUsed / 2 ** 20,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        cpuMs: (cpu.user + cpu.system) / 1000,
      });
    }
  });
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
}

main().catch((error: unknown) => {
  process.stderr.write(`load server failed: ${String(error)}\n`);
  process.exit(1);
});
