import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { FakeSlack } from '../helpers/fake-slack';
import { captureLogs } from '../helpers/logs';
import { query } from '../helpers/postgres';

import { startPostgres } from '../helpers/postgres-process';
import { slashCommand } from '../helpers/slack-requests';
import { type RunningApp, startTestApp } from '../helpers/test-app';

// This file starts a PostgreSQL server of its own, so it can stop and restart it mid-run.
describe('PostgreSQL stopped mid-run', () => {
  const slack = new FakeSlack();
  const { lines, logger } = captureLogs();
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  let store: PostgresStore;
  let bot: RunningApp;

  beforeAll(async () => {
    postgres = await startPostgres();
    await slack.start();
    store = new PostgresStore({
      connectionString: postgres.url,
      logger,
      salt: 'a-salt-for-the-outage-test',
      analytics: true,
      retentionDays: 365,
      poolSize: 4,
      // A small buffer, so the outage overflows it; quick retries, so the test sees the recovery.
      writerLimits: { maxBuffered: 5, retryMinMs: 100, retryMaxMs: 300, reportEveryMs: 200 },
    });
    await store.start();
    bot = await startTestApp(slack, { LOG_LEVEL: 'error' }, undefined, { state: store });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await slack.stop();
    await postgres?.stop();
    postgres?.remove();
  });

  it('answers every question within 3 s, keeps what fits the buffer, and says how many were dropped', async () => {
    const ask = async (text: string) => {
      const started = Date.now();
      const response = await bot.send(slashCommand(text, slack.responseUrl()));
      const body = (await response.json()) as { blocks?: unknown };
      expect(response.status).toBe(200);
      expect(JSON.stringify(body.blocks)).toContain('PEO');
      return Date.now() - started;
    };
    await ask('peo vs aso');
    await store.events.flush();
    expect(await query(postgres.url, 'SELECT count(*)::int AS n FROM events')).toEqual([{ n: 1 }]);

    await postgres.stop();
    const during: number[] = [];
    for (let i = 0; i < 8; i++) during.push(await ask('peo vs aso'));
    expect(Math.max(...during)).toBeLessThan(3000);
    expect((await store.health()).reachable).toBe(false);

    postgres = await startPostgres({ dataDir: postgres.dataDir, port: postgres.port });
    const deadline = Date.now() + 15_000;
    while (!lines.some((line) => line.event === 'analytics_store_recovered') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recovered = lines.find((line) => line.event === 'analytics_store_recovered');
    expect(recovered).toMatchObject({ written: 5, dropped: 3 });
    expect(lines.some((line) => line.event === 'store_unreachable')).toBe(true);
    expect(await query(postgres.url, 'SELECT count(*)::int AS n FROM events')).toEqual([{ n: 6 }]);
    // De-duplication and health are back too.
    await ask('peo vs aso');
    expect((await store.health()).reachable).toBe(true);
  }, 60_000);
});
