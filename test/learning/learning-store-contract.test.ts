import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { appEnvSchema } from '../../src/config/env';
import { type FILE_STORE_LIMITS, FileLearningStore } from '../../src/learning/file-learning-store';
import { Learning } from '../../src/learning/learning';
import type { LearningStore } from '../../src/learning/learning-store';
import { userHasher } from '../../src/learning/user-hash';
import { createLogger } from '../../src/runtime/logger';
import { createLearning } from '../../src/slack/bot-parts';
import { PgLearningStore } from '../../src/store/postgres/pg-learning-store';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { captureLogs } from '../helpers/logs';
import { freshDatabase, query, unreachableStore } from '../helpers/postgres';

const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const user = (n: number) => n.toString(16).padStart(16, '0');

type Limits = Partial<typeof FILE_STORE_LIMITS>;

/** One implementation under test: opens a store over the same place each time ("a restart"). */
interface Implementation {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(limits?: Limits, now?: () => Date): LearningStore;
  /** How many question–FAQ pairs the store holds. */
  pairs(): Promise<number>;
}

function fileImplementation(): Implementation {
  let dir = '';
  const opened: FileLearningStore[] = [];
  return {
    name: 'FileLearningStore',
    setUp: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-contract-'));
    },
    tearDown: async () => rmSync(dir, { recursive: true, force: true }),
    open: (limits = {}, now) => {
      const store = new FileLearningStore(dir, { minPeople: 3, limits, ...(now ? { now } : {}) });
      opened.push(store);
      return store;
    },
    pairs: async () => (opened.at(-1) as unknown as { data: { entries: unknown[] } }).data.entries.length,
  };
}

function pgImplementation(): Implementation {
  let url = '';
  const stores: PostgresStore[] = [];
  return {
    name: 'PgLearningStore',
    setUp: async () => {
      url = await freshDatabase();
    },
    tearDown: async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    },
    open: (limits = {}, now) => {
      const store = new PostgresStore({
        connectionString: url,
        logger: quiet,
        salt: 'a-salt-for-the-contract',
        analytics: true,
        retentionDays: 365,
        poolSize: 3,
      });
      stores.push(store);
      return store.learningStore(3, { limits, ...(now ? { now } : {}) });
    },
    pairs: async () =>
      (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM learning_pairs'))[0]?.n ?? Number.NaN,
  };
}

describe.each([fileImplementation(), pgImplementation()])('the learning store contract: $name', (impl) => {
  beforeEach(() => impl.setUp());
  afterEach(() => impl.tearDown());

  const pick = (store: LearningStore, question: string, faq: string, ...people: number[]) =>
    Promise.all(people.map((n) => store.record({ kind: 'pick', question, faq, user: user(n) })));

  it('learns from three different people, and keeps it across a restart', async () => {
    const store = impl.open();
    await pick(store, 'q one', 'faq-a', 1, 1, 1, 2);
    expect((await store.list()).phrasings).toEqual([]);
    await pick(store, 'q one', 'faq-a', 3);
    expect((await impl.open().list()).phrasings).toEqual([
      expect.objectContaining({ question: 'q one', faq: 'faq-a', people: 3, kept: false }),
    ]);
  });

  it("counts each person's latest say: a 👎 after a pick moves them", async () => {
    const store = impl.open();
    await pick(store, 'q', 'faq-a', 1, 2, 3);
    await store.record({ kind: 'down', question: 'q', faq: 'faq-a', user: user(3) });
    expect((await store.list()).phrasings).toEqual([]);
    await Promise.all([4, 5].map((n) => store.record({ kind: 'down', question: 'q', faq: 'faq-a', user: user(n) })));
    expect((await store.list()).demotions).toEqual([{ question: 'q', faq: 'faq-a', people: 3 }]);
    await store.record({ kind: 'up', question: 'q', faq: 'faq-a', user: user(5) });
    expect((await store.list()).demotions).toEqual([]);
  });

  it('answers a question with the FAQ more people chose', async () => {
    const store = impl.open();
    await pick(store, 'q', 'faq-a', 1, 2, 3);
    await pick(store, 'q', 'faq-b', 4, 5, 6, 7);
    expect((await store.list()).phrasings.map((phrasing) => phrasing.faq)).toEqual(['faq-b']);
  });

  it('keeps, undoes for good, and forgets applied phrasings', async () => {
    const store = impl.open();
    expect(await store.keep({ question: 'q', faq: 'faq-a' })).toBe(false);
    expect(await store.undo({ question: 'q', faq: 'faq-a' })).toBe(false);
    await pick(store, 'q', 'faq-a', 1, 2, 3);
    await pick(store, 'r', 'faq-a', 1, 2, 3);
    expect(await store.keep({ question: 'q', faq: 'faq-a' })).toBe(true);
    expect(await store.undo({ question: 'r', faq: 'faq-a' })).toBe(true);
    await pick(store, 'r', 'faq-a', 4, 5, 6);
    expect((await store.list()).phrasings).toEqual([expect.objectContaining({ question: 'q', kept: true })]);
    await store.markApplied([{ question: 'q', faq: 'faq-a' }]);
    expect((await store.list()).phrasings).toEqual([]);
    expect(await store.keep({ question: 'q', faq: 'faq-a' })).toBe(false);
  });

  it('remembers when the last digest went out', async () => {
    const store = impl.open();
    expect(await store.lastDigest()).toBeUndefined();
    await store.digestSent(new Date('2026-01-05T09:00:00Z'));
    await store.digestSent(new Date('2026-01-12T09:00:00Z'));
    expect(await impl.open().lastDigest()).toEqual(new Date('2026-01-12T09:00:00Z'));
  });

  it('stays bounded, forgetting undecided pairs before learned ones, and the earliest people', async () => {
    let tick = Date.parse('2026-01-01T00:00:00Z');
    const clock = () => {
      tick += 1000;
      return new Date(tick);
    };
    const store = impl.open({ maxEntries: 5, maxPeople: 4 }, clock);
    for (const n of [1, 2, 3, 4, 5, 6]) await pick(store, 'learned', 'faq-a', n);
    for (let n = 0; n < 10; n++) await pick(store, `noise ${n}`, 'faq-a', n);
    expect(await impl.pairs()).toBe(5);
    expect((await store.list()).phrasings).toEqual([expect.objectContaining({ question: 'learned', people: 4 })]);
    // The latest four are kept; the latest changing their mind leaves three.
    await store.record({ kind: 'down', question: 'learned', faq: 'faq-a', user: user(6) });
    expect((await store.list()).phrasings).toEqual([expect.objectContaining({ question: 'learned', people: 3 })]);
  });
});

describe('PgLearningStore shared by replicas', () => {
  let url = '';
  const stores: PostgresStore[] = [];
  const replica = () => {
    const store = new PostgresStore({
      connectionString: url,
      logger: quiet,
      salt: 'the-same-salt-on-every-replica',
      analytics: true,
      retentionDays: 365,
      poolSize: 2,
    });
    stores.push(store);
    return new Learning(store.learningStore(3), userHasher('the-same-salt-on-every-replica'), quiet);
  };
  beforeAll(async () => {
    url = await freshDatabase();
  });
  afterAll(() => Promise.all(stores.map((store) => store.close())));

  it('learns from picks made on two replicas, and each replica sees it after a refresh', async () => {
    const [a, b] = [replica(), replica()];
    await a.record({ kind: 'pick', question: 'Who runs payroll?', faq: 'payroll', userId: 'U1' });
    await b.record({ kind: 'pick', question: 'who runs payroll', faq: 'payroll', userId: 'U2' });
    await a.record({ kind: 'pick', question: 'who runs  payroll', faq: 'payroll', userId: 'U2' });
    expect((await a.list()).phrasings).toEqual([]);
    await b.record({ kind: 'pick', question: 'who runs payroll', faq: 'payroll', userId: 'U3' });
    expect(b.current.version).toBeGreaterThan(0);
    const unchanged = b.current;
    await b.refresh();
    expect(b.current).toBe(unchanged); // nothing new: answers cached under this version stay good
    await a.refresh();
    for (const learning of [a, b]) {
      expect((await learning.list()).phrasings).toEqual([
        expect.objectContaining({ question: 'who runs payroll', faq: 'payroll', people: 3 }),
      ]);
    }
    // Undo on one replica: never learned again, whichever replica hears the next pick.
    expect(await b.undo({ question: 'who runs payroll', faq: 'payroll' })).toBe(true);
    await a.record({ kind: 'pick', question: 'who runs payroll', faq: 'payroll', userId: 'U4' });
    expect((await a.list()).phrasings).toEqual([]);
  });

  it("reads the other replicas' learning every interval, until stopped", async () => {
    const [a, b] = [replica(), replica()];
    for (const userId of ['U1', 'U2', 'U3']) {
      await a.record({ kind: 'pick', question: 'who signs off my leave', faq: 'pto', userId });
    }
    const before = b.current.version;
    const refresh = jest.spyOn(b, 'refresh');
    b.refreshEvery(20);
    const deadline = Date.now() + 5000;
    while (b.current.version === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(b.current.version).toBeGreaterThan(before);
    b.stop();
    const calls = refresh.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(refresh.mock.calls.length).toBe(calls);
  });

  it('is what the bot uses with DATABASE_URL (createLearning over the PostgreSQL store)', async () => {
    const store = new PostgresStore({
      connectionString: url,
      logger: quiet,
      salt: 'the-same-salt-on-every-replica',
      analytics: true,
      retentionDays: 365,
      poolSize: 1,
    });
    stores.push(store);
    const env = appEnvSchema.parse({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      DATABASE_URL: url,
      ANALYTICS_SALT: 'the-same-salt-on-every-replica',
      DATA_DIR: path.join(os.tmpdir(), 'hrfaq-never-created'),
    });
    const learning = createLearning(env, quiet, store);
    expect(learning?.store).toBeInstanceOf(PgLearningStore);
    await learning?.refresh();
    expect((await learning?.list())?.demotions).toEqual([]);
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });

  it('keeps answering when the database is unreachable: recording drops the signal, the list stays', async () => {
    const { logger, events } = captureLogs(LogLevel.WARN);
    const down = unreachableStore(logger, 'the-same-salt-on-every-replica');
    stores.push(down);
    const learning = new Learning(down.learningStore(3), userHasher('the-same-salt-on-every-replica'), logger);
    await learning.refresh();
    for (const n of [1, 2, 3]) {
      await learning.record({ kind: 'pick', question: 'q', faq: 'faq-a', userId: `U${n}` });
    }
    expect((await learning.list()).phrasings).toEqual([]);
    expect(events('learning_signal_dropped')).toHaveLength(1);
  });
});
