import { FakeSlack } from '../helpers/fake-slack';
import { lambdaEnv, slashCommandEvent } from '../helpers/lambda-events';
import { freshDatabase, query } from '../helpers/postgres';

describe('the AWS Lambda handler with DATABASE_URL', () => {
  const slack = new FakeSlack();
  let lambda: typeof import('../../src/lambda');
  const saved = { ...process.env };
  let databaseUrl = '';

  beforeAll(async () => {
    await slack.start();
    databaseUrl = await freshDatabase();
    Object.assign(
      process.env,
      lambdaEnv(slack.apiUrl, { DATABASE_URL: databaseUrl, DATA_DIR: '/nonexistent/hrfaq-must-not-be-used' }),
    );
    lambda = await import('../../src/lambda');
  });
  afterAll(async () => {
    // The container's pool would otherwise outlive the test (and its database).
    await lambda.closeLambdaApp();
    process.env = saved;
    await slack.stop();
  });

  const invoke = async (text: string) =>
    (await lambda.handler(slashCommandEvent(text, slack.responseUrl()) as never, {})) as { statusCode: number };

  it('records each invocation in PostgreSQL before returning, over one reused pool', async () => {
    expect((await invoke('peo vs aso')).statusCode).toBe(200);
    expect(await query(databaseUrl, 'SELECT kind, surface, faq FROM events')).toEqual([
      { kind: 'answered', surface: 'command', faq: 'peo-vs-aso' },
    ]);
    expect((await invoke('where do I park my bike')).statusCode).toBe(200);
    expect(await query(databaseUrl, "SELECT question FROM events WHERE kind = 'no-match'")).toEqual([
      { question: 'where do I park my bike' },
    ]);
    const connections = await query<{ n: number }>(
      databaseUrl,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'hrfaq' AND datname = current_database()",
    );
    expect(connections[0]?.n).toBeLessThanOrEqual(2);
  });

  it('closes the pool of a cold start that fails, and the next invocation starts afresh', async () => {
    const hrfaqConnections = async () =>
      (
        await query<{ n: number }>(
          databaseUrl,
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'hrfaq' AND datname = current_database()",
        )
      )[0]?.n;
    await lambda.closeLambdaApp();
    slack.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    await expect(invoke('peo vs aso')).rejects.toThrow(/invalid_auth/);
    expect(await hrfaqConnections()).toBe(0);
    await lambda.closeLambdaApp();
    expect((await invoke('peo vs aso')).statusCode).toBe(200);
    expect(await hrfaqConnections()).toBeGreaterThan(0);
  });
});
