import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { type EventInput, EventLog } from '../../src/analytics/event-log';
import { PopularQuestions } from '../../src/analytics/popular-questions';
import { readUsageSummary } from '../../src/analytics/usage-summary';
import { createLogger } from '../../src/runtime/logger';
import { hrAccessFor, seedPopular } from '../../src/slack/bot-parts';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { captureLogs } from '../helpers/logs';
import { freshDatabase, unreachableStore } from '../helpers/postgres';

const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const SALT = 'a-salt-for-the-figures';
const DAY_MS = 24 * 60 * 60 * 1000;

function pgStore(url: string, logger = quiet): PostgresStore {
  return new PostgresStore({
    connectionString: url,
    logger,
    salt: SALT,
    analytics: true,
    retentionDays: 3650,
    poolSize: 2,
  });
}

/** A week of questions, picks, votes and escalations, one event before it and one after. */
const EVENTS: Array<[string, EventInput]> = [
  ['2026-11-10T09:00:00.000Z', { kind: 'answered', surface: 'command', faq: 'peo-vs-aso', userId: 'U9' }],
  ['2026-11-20T09:00:00.000Z', { kind: 'answered', surface: 'command', faq: 'peo-vs-aso', userId: 'U1' }],
  ['2026-11-20T09:00:30.000Z', { kind: 'answered', surface: 'dm', faq: 'peo-vs-aso', userId: 'U2' }],
  ['2026-11-20T09:00:40.000Z', { kind: 'answered', surface: 'mention', faq: 'payroll', userId: 'U2' }],
  ['2026-11-20T09:00:50.000Z', { kind: 'answered', surface: 'button', faq: 'payroll', userId: 'U2' }],
  ['2026-11-20T09:01:00.000Z', { kind: 'no-match', surface: 'dm', question: 'Where do I  park?', userId: 'U1' }],
  ['2026-11-20T09:02:00.000Z', { kind: 'no-match', surface: 'mention', question: 'where do i park', userId: 'U2' }],
  ['2026-11-20T09:03:00.000Z', { kind: 'no-match', surface: 'command', question: 'rocket sandwich', userId: 'U3' }],
  [
    '2026-11-21T10:00:00.000Z',
    { kind: 'did-you-mean', surface: 'command', question: 'co-employment peo', faq: 'what-is-co-employment' },
  ],
  [
    '2026-11-21T10:00:30.000Z',
    { kind: 'did-you-mean', surface: 'dm', question: 'aso thing', faq: 'what-is-an-aso', previewed: true },
  ],
  [
    '2026-11-21T10:01:00.000Z',
    { kind: 'did-you-mean', surface: 'button', faq: 'what-is-co-employment', question: 'co-employment peo' },
  ],
  [
    '2026-11-21T10:02:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'down', card: 'C1:1', userId: 'U1' },
  ],
  [
    '2026-11-21T10:03:00.000Z',
    { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'up', card: 'C1:1', userId: 'U1' },
  ],
  ['2026-11-21T10:05:00.000Z', { kind: 'feedback', surface: 'button', faq: 'peo-vs-aso', vote: 'down' }],
  ['2026-11-21T10:07:00.000Z', { kind: 'escalated', surface: 'button', userId: 'U2' }],
  ['2026-11-26T10:00:00.000Z', { kind: 'no-match', surface: 'dm', question: 'after the week', userId: 'U4' }],
];

describe('HR figures and popular questions from PostgreSQL', () => {
  let url = '';
  let dataDir = '';
  const stores: PostgresStore[] = [];
  beforeAll(async () => {
    url = await freshDatabase();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-figures-'));
    for (const [time, event] of EVENTS) {
      new EventLog(dataDir, quiet, SALT, () => new Date(time)).record(event);
      await new Promise((resolve) => setImmediate(resolve));
    }
    let index = 0;
    const writer = pgStore(url);
    (writer.events as unknown as { now: () => Date }).now = () => new Date(EVENTS[index]?.[0] ?? 0);
    for (const [, event] of EVENTS) {
      writer.events.record(event);
      index += 1;
    }
    await writer.close();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the file log's appends
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("counts HR's summary in SQL exactly as from the files", async () => {
    const until = new Date('2026-11-25T00:00:00Z');
    const since = new Date(until.getTime() - 7 * DAY_MS);
    const store = pgStore(url);
    stores.push(store);
    const env = { HR_ADMINS: [], ANALYTICS: 'on' as const, DATA_DIR: dataDir };
    const fromSql = await hrAccessFor(env, store).summary(until);
    const fromFiles = await hrAccessFor(env).summary(until);
    expect(fromFiles).toEqual(readUsageSummary(dataDir, since, until));
    expect(fromSql).toEqual(fromFiles);
    expect(fromSql).toMatchObject({
      questions: 8,
      answered: 3,
      didYouMean: 2,
      previewed: 1,
      noMatch: 3,
      votes: 2,
      down: 1,
      askHr: 1,
    });
    expect(fromSql.unanswered[0]).toEqual({ question: expect.stringMatching(/park/i), count: 2 });
    expect(await hrAccessFor({ ...env, ANALYTICS: 'off' }, store).summary(until)).toMatchObject({ questions: 0 });
  });

  it("seeds the popular questions with the last 30 days' answers, without blocking", async () => {
    const store = pgStore(url);
    stores.push(store);
    const now = new Date('2026-11-25T00:00:00Z');
    const popular = new PopularQuestions(30, () => now.getTime());
    const seeding = seedPopular(popular, store, quiet, now);
    expect(popular.ranked(5)).toEqual([]);
    await seeding;
    // Every answer of the last 30 days up to `now`, buttons too (as counted live).
    expect(popular.ranked(5)).toEqual(['peo-vs-aso', 'payroll']);
  });

  it('seeding with the database down logs and leaves the list to new answers', async () => {
    const { logger, events } = captureLogs(LogLevel.WARN);
    const down = unreachableStore(logger, SALT);
    stores.push(down);
    const popular = new PopularQuestions();
    await seedPopular(popular, down, logger);
    expect(popular.ranked(5)).toEqual([]);
    expect(events('popular_seed_failed')).toHaveLength(1);
    await expect(hrAccessFor({ HR_ADMINS: [], ANALYTICS: 'on', DATA_DIR: dataDir }, down).summary()).rejects.toThrow();
  });
});
