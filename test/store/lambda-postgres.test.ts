import { FakeSlack } from '../helpers/fake-slack';
import { freshDatabase, query } from '../helpers/postgres';
import { BOT_TOKEN, SIGNING_SECRET, signatureHeaders, slashCommand } from '../helpers/slack-requests';

/** An API Gateway HTTP API (payload v2) event, as Lambda receives it. */
function apiGatewayV2(body: string, headers: Record<string, string>, base64 = false) {
  return {
    version: '2.0',
    routeKey: 'POST /slack/events',
    rawPath: '/slack/events',
    rawQueryString: '',
    headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value])),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'example.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'example',
      http: {
        method: 'POST',
        path: '/slack/events',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'Slackbot 1.0',
      },
      requestId: 'id',
      routeKey: 'POST /slack/events',
      stage: '$default',
      time: '27/Nov/2026:08:00:00 +0000',
      timeEpoch: 1_700_000_000_000,
    },
    body: base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    isBase64Encoded: base64,
  };
}

describe('the AWS Lambda handler with DATABASE_URL', () => {
  const slack = new FakeSlack();
  let lambda: typeof import('../../src/lambda');
  const saved = { ...process.env };
  let databaseUrl = '';

  beforeAll(async () => {
    await slack.start();
    databaseUrl = await freshDatabase();
    Object.assign(process.env, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'error',
      SLACK_APP_TOKEN: '',
      DATABASE_URL: databaseUrl,
      ANALYTICS_SALT: 'a-test-salt-that-is-long-enough',
      DATA_DIR: '/nonexistent/hrfaq-must-not-be-used',
    });
    lambda = await import('../../src/lambda');
  });
  afterAll(async () => {
    process.env = saved;
    await slack.stop();
  });

  const invoke = async (text: string) => {
    const request = slashCommand(text, slack.responseUrl());
    const event = apiGatewayV2(request.body, {
      'Content-Type': request.contentType,
      ...signatureHeaders(request.body),
    });
    return (await lambda.handler(event as never, {})) as { statusCode: number; body: string };
  };

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
});
