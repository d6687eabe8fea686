import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { type EventInput, EventLog } from '../../src/analytics/event-log';
import { buildGapReport } from '../../src/analytics/gap-report';
import { readEvents } from '../../src/analytics/read-events';
import { appEnvSchema, parseEnv } from '../../src/config/env';
import { createLogger } from '../../src/runtime/logger';
import { FileStore } from '../../src/store/file-store';
import { openStore, readGapReport } from '../../src/store/open-store';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { freshDatabase, query } from '../helpers/postgres';
import { slashCommand } from '../helpers/slack-requests';
import { useTestBot } from '../helpers/test-app';

const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const SALT = 'a-salt-for-the-store-tests';

function pgStore(url: string): PostgresStore {
  return new PostgresStore({
    connectionString: url,
    logger: quiet,
    salt: SALT,
    analytics: true,
    retentionDays: 365,
    poolSize: 3,
  });
}

/** Questions, picks, votes (changed minds, anonymous ones) and escalations across two days. */
const EVENTS: Array<[string, EventInput]> = [
  // Offered choices twice with none clicked; and once, answered "None of these".
  [
    '2026-11-19T08:00:00.000Z',
    { kind: 'did-you-mean', surface: 'dm', band: 'did-you-mean', question: 'christmas bonus?', faq: 'peo-vs-aso' },
  ],
  [
    '2026-11-19T08:01:00.000Z',
    { kind: 'did-you-mean', surface: 'command', band: 'did-you-mean', question: 'Christmas bonus', faq: 'peo-vs-aso' },
  ],
  [
    '2026-11-19T08:02:00.000Z',
    { kind: 'did-you-mean', surface: 'dm', band: 'did-you-mean', question: 'vision plan', faq: 'aso-fees' },
  ],
  ['2026-11-19T08:03:00.000Z', { kind: 'no-match', surface: 'button', question: 'vision plan', userId: 'U1' }],
  [
    '2026-11-19T08:04:00.000Z',
    {
      kind: 'did-you-mean',
      surface: 'dm',
      band: 'did-you-mean',
      question: 'parking',
      faq: 'aso-fees',
      previewed: true,
    },
  ],
  [
    '2026-11-20T09:00:00.000Z',
    { kind: 'answered', surface: 'command', faq: 'peo-vs-aso', score: 0.9, band: 'answer', userId: 'U1' },
  ],
  [
    '2026-11-20T09:01:00.000Z',
    { kind: 'no-match', surface: 'dm', band: 'no-match', question: 'Where do I  park?', userId: 'U1' },
  ],
  [
    '2026-11-20T09:02:00.000Z',
    { kind: 'no-match', surface: 'mention', band: 'no-match', question: 'where do i park', userId: 'U2' },
  ],
  [
    '2026-11-21T10:00:00.000Z',
    {
      kind: 'did-you-mean',
      surface: 'command',
      band: 'did-you-mean',
      question: 'co-employment peo',
      faq: 'what-is-co-employment',
    },
  ],
  [
    '2026-11-21T10:01:00.000Z',
    {
      kind: 'did-you-mean',
      surface: 'button',
      faq: 'what-is-co-employment',
      question: 'co-employment peo',
      userId: 'U2',
    },
  ],
  [
    '2026-11-21T10:02:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'down', card: 'C1:1', userId: 'U1' },
  ],
  [
    '2026-11-21T10:03:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'up', card: 'C1:1', userId: 'U1' },
  ],
  [
    '2026-11-21T10:04:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'down', card: 'C1:2', userId: 'U1' },
  ],
  ['2026-11-21T10:05:00.000Z', { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'down' }],
  [
    '2026-11-21T10:06:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'what-is-co-employment', vote: 'up', card: 'C1:3', userId: 'U2' },
  ],
  ['2026-11-21T10:07:00.000Z', { kind: 'escalated', surface: 'button', userId: 'U2' }],
  ['2026-11-21T10:08:00.000Z', { kind: 'asked', surface: 'button', faq: 'peo-vs-aso' }],
];

describe('the PostgreSQL store', () => {
  let url = '';
  let store: PostgresStore;
  beforeAll(async () => {
    url = await freshDatabase();
    store = pgStore(url);
    await store.start();
  });
  afterAll(() => store.close());

  it('reports exactly what the file store reports for the same events, counted in SQL', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-same-report-'));
    try {
      for (const [time, event] of EVENTS) {
        new EventLog(dataDir, quiet, SALT, () => new Date(time)).record(event);
        await new Promise((resolve) => setImmediate(resolve));
      }
      let index = 0;
      const timed = new PostgresStore({
        connectionString: url,
        logger: quiet,
        salt: SALT,
        analytics: true,
        retentionDays: 3650,
        poolSize: 1,
      });
      const writer = timed.events as unknown as { now: () => Date };
      writer.now = () => new Date(EVENTS[index]?.[0] ?? 0);
      for (const [, event] of EVENTS) {
        timed.events.record(event);
        index += 1;
      }
      await timed.close();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the file log's appends
      const since = new Date('2026-11-01T00:00:00Z');
      const until = new Date('2026-11-27T00:00:00Z');
      const fromFiles = buildGapReport(readEvents(dataDir, since).events, since, until);
      const env = { DATA_DIR: dataDir, DATABASE_URL: url } as Parameters<typeof readGapReport>[0];
      const fromSql = await readGapReport(env, since, until);
      expect(fromSql.report).toEqual(fromFiles);
      expect(fromSql.report.feedback).toEqual([
        { faq: 'peo-vs-aso', up: 1, down: 2, downRate: 0.667 },
        { faq: 'what-is-co-employment', up: 1, down: 0, downRate: 0 },
      ]);
      expect(fromSql.report.unanswered).toEqual([
        { question: 'where do i park', count: 2, lastSeen: '2026-11-20T09:02:00.000Z' },
        { question: 'vision plan', count: 1, lastSeen: '2026-11-19T08:03:00.000Z' },
      ]);
      expect(fromSql.report.unpicked).toEqual([
        { question: 'Christmas bonus', count: 2, lastSeen: '2026-11-19T08:01:00.000Z' },
      ]);
      const stored = await query(url, 'SELECT user_hash FROM events WHERE user_hash IS NOT NULL LIMIT 1');
      expect(JSON.stringify(stored)).not.toContain('U1');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets an id through once across replicas, and again after it expires', async () => {
    const other = pgStore(url);
    try {
      expect(await store.eventIds.firstSeen('Ev1')).toBe(true);
      expect(await store.eventIds.firstSeen('Ev1')).toBe(false);
      expect(await other.eventIds.firstSeen('Ev1')).toBe(false);
      expect(await other.triggerIds.firstSeen('Ev1')).toBe(true); // another kind of id
      await query(url, "UPDATE seen_ids SET expires_at = now() - interval '1 second'");
      const third = pgStore(url);
      expect(await third.eventIds.firstSeen('Ev1')).toBe(true);
      await third.close();
    } finally {
      await other.close();
    }
  });

  it('claims an Ask HR question once across replicas, limits five an hour, and releases a failed post', async () => {
    const other = pgStore(url);
    try {
      const both = await Promise.all([store.askHrGuard.claim('U9', 'q'), other.askHrGuard.claim('U9', 'q')]);
      expect(both.sort()).toEqual(['already-sent', 'claimed']);
      await other.askHrGuard.release('U9', 'q');
      expect(await store.askHrGuard.claim('U9', 'q')).toBe('claimed');
      for (const question of ['q2', 'q3', 'q4', 'q5'])
        expect(await other.askHrGuard.claim('U9', question)).toBe('claimed');
      expect(await store.askHrGuard.claim('U9', 'q6')).toBe('limited');
      const kept = await query(url, 'SELECT user_hash, question_hash FROM ask_hr_claims');
      expect(JSON.stringify(kept)).not.toMatch(/U9|q6/);
    } finally {
      await other.close();
    }
  });

  it('deletes events older than RETENTION_DAYS, and expired ids', async () => {
    await query(url, "INSERT INTO events (time, kind, surface) VALUES (now() - interval '400 days', 'asked', 'dm')");
    await query(url, "INSERT INTO seen_ids (id, expires_at) VALUES ('old', now() - interval '1 hour')");
    await store.maintain();
    expect(await query(url, "SELECT count(*)::int AS n FROM events WHERE time < now() - interval '365 days'")).toEqual([
      { n: 0 },
    ]);
    expect(await query(url, "SELECT count(*)::int AS n FROM seen_ids WHERE id = 'old'")).toEqual([{ n: 0 }]);
  });
});

describe('choosing the store', () => {
  it('refuses DATABASE_URL without ANALYTICS_SALT, saying why', () => {
    const parsed = parseEnv(appEnvSchema, {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      DATABASE_URL: 'postgres://localhost/hrfaq',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.join('\n')).toMatch(/ANALYTICS_SALT is required with DATABASE_URL: every replica/);
  });

  it('uses files without DATABASE_URL and PostgreSQL with it', async () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', ANALYTICS_SALT: SALT };
    expect(openStore(appEnvSchema.parse(base), quiet)).toBeInstanceOf(FileStore);
    const pg = openStore(appEnvSchema.parse({ ...base, DATABASE_URL: 'postgres://127.0.0.1:1/x' }), quiet);
    expect(pg).toBeInstanceOf(PostgresStore);
    await pg.close();
  });
});

describe('the file store', () => {
  it('deletes day files older than RETENTION_DAYS and keeps the rest', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-retention-'));
    try {
      for (const day of ['2025-01-01', '2026-11-01', '2026-11-26'])
        writeFileSync(path.join(dataDir, `events-${day}.jsonl`), '');
      const store = new FileStore({
        dataDir,
        logger: quiet,
        analytics: true,
        salt: SALT,
        retentionDays: 30,
        now: () => new Date('2026-11-27T12:00:00Z'),
      });
      await store.start();
      expect(
        readdirSync(dataDir)
          .filter((name) => name.startsWith('events-'))
          .sort(),
      ).toEqual(['events-2026-11-01.jsonl', 'events-2026-11-26.jsonl']);
      expect(await store.health()).toEqual({ kind: 'files', reachable: true });
      await store.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('/healthz with the PostgreSQL store', () => {
  const harness = useTestBot();
  it('says whether the store is reachable and which knowledge base it serves', async () => {
    const url = await freshDatabase();
    const store = pgStore(url);
    await store.start();
    const { startTestApp } = await import('../helpers/test-app');
    const bot = await startTestApp(harness.slack, { LOG_LEVEL: 'error' }, undefined, { state: store });
    try {
      await bot.send(slashCommand('peo vs aso', harness.slack.responseUrl()));
      const health = await (await fetch(bot.url.replace('/slack/events', '/healthz'))).text();
      expect(health).toMatch(/^ok \d+ faqs\nknowledge [0-9a-f]{12}\nstore postgres reachable\n$/);
      const plain = await (await fetch(harness.bot.url.replace('/slack/events', '/healthz'))).text();
      expect(plain.split('\n')[1]).toBe(health.split('\n')[1]); // same FAQs, same hash
    } finally {
      await bot.stop();
      await store.close();
    }
  });
});
