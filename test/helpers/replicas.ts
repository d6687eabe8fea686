import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BotProcess, startReplicas } from './bot-process';
import { FakeSlack } from './fake-slack';
import { freshDatabase } from './postgres';
import { BOT_TOKEN, SIGNING_SECRET } from './slack-requests';

/** Two replicas of the built bot on a fresh database of their own, with the fake Slack they both talk to. */
export interface ReplicaPair {
  slack: FakeSlack;
  /** Their DATA_DIR, which must stay unused: everything goes to the database. */
  dataDir: string;
  replicas(): [BotProcess, BotProcess];
  databaseUrl(): string;
}

/**
 * Starts two replicas before the tests of the calling `describe` and stops them, the fake Slack and the data
 * folder after them. `env` adds settings to the shared ones.
 */
export function useReplicas(name: string, env: Record<string, string> = {}): ReplicaPair {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `hrfaq-${name}-`));
  let databaseUrl = '';
  let started: [BotProcess, BotProcess] | undefined;

  beforeAll(async () => {
    await slack.start();
    databaseUrl = await freshDatabase();
    started = await startReplicas({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: databaseUrl,
      ...env,
      DATA_DIR: dataDir,
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all((started ?? []).map((replica) => replica.stop()));
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    slack,
    dataDir,
    replicas: () => {
      if (!started) throw new Error('the replicas have not started');
      return started;
    },
    databaseUrl: () => databaseUrl,
  };
}

/** Time for a replica to finish the work a request started after it answered. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
