import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEvents } from '../src/analytics/read-events';
import { FakeSlack } from './helpers/fake-slack';
import { apiGatewayV2 } from './helpers/lambda-events';
import { BOT_TOKEN, SIGNING_SECRET, signatureHeaders, slashCommand } from './helpers/slack-requests';

describe('the AWS Lambda handler', () => {
  const slack = new FakeSlack();
  let lambda: typeof import('../src/lambda');
  const saved = { ...process.env };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-lambda-'));

  beforeAll(async () => {
    await slack.start();
    Object.assign(process.env, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'error',
      SLACK_APP_TOKEN: '',
      DATA_DIR: dataDir,
      ANALYTICS_SALT: 'a-test-salt-that-is-long-enough',
    });
    lambda = await import('../src/lambda');
  });
  afterAll(async () => {
    await lambda.closeLambdaApp();
    process.env = saved;
    rmSync(dataDir, { recursive: true, force: true });
    await slack.stop();
  });

  it('answers a signed slash command with the card', async () => {
    const request = slashCommand('peo vs aso', slack.responseUrl());
    const event = apiGatewayV2(request.body, {
      'Content-Type': request.contentType,
      ...signatureHeaders(request.body),
    });
    const result = (await lambda.handler(event as never, {})) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('What is the difference between a PEO and an ASO?');
    // The event is on disk before the handler returns (Lambda may freeze the container right after).
    const logged = readEvents(dataDir, new Date(0)).events;
    expect(logged).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'answered', surface: 'command', faq: 'peo-vs-aso' })]),
    );
  });

  it('verifies a base64-encoded body with non-ASCII text', async () => {
    const request = slashCommand('qu’est-ce qu’un PEO ? 😀', slack.responseUrl());
    const event = apiGatewayV2(
      request.body,
      { 'Content-Type': request.contentType, ...signatureHeaders(request.body) },
      true,
    );
    const result = (await lambda.handler(event as never, {})) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.stringify(JSON.parse(result.body).blocks)).toContain('PEO');
  });

  it('rejects a bad signature with 401', async () => {
    const request = slashCommand('peo vs aso', slack.responseUrl());
    const event = apiGatewayV2(request.body, {
      'Content-Type': request.contentType,
      ...signatureHeaders(request.body, { secret: '0'.repeat(32) }),
    });
    const result = (await lambda.handler(event as never, {})) as { statusCode: number };
    expect(result.statusCode).toBe(401);
  });

  it('starts the app afresh after it is closed, and closing twice is harmless', async () => {
    const invoke = async () => {
      const request = slashCommand('peo vs aso', slack.responseUrl());
      const event = apiGatewayV2(request.body, {
        'Content-Type': request.contentType,
        ...signatureHeaders(request.body),
      });
      return (await lambda.handler(event as never, {})) as { statusCode: number };
    };
    expect((await invoke()).statusCode).toBe(200);
    const checks = slack.callsTo('auth.test').length;
    await lambda.closeLambdaApp();
    await lambda.closeLambdaApp();
    expect((await invoke()).statusCode).toBe(200);
    // A new app checked its token again.
    expect(slack.callsTo('auth.test').length).toBe(checks + 1);
  });

  it('decodes base64 bodies as UTF-8', () => {
    expect(lambda.decodeBody({ body: Buffer.from('é😀').toString('base64'), isBase64Encoded: true })).toEqual({
      body: 'é😀',
      isBase64Encoded: false,
    });
    const plain = { body: 'x', isBase64Encoded: false };
    expect(lambda.decodeBody(plain)).toBe(plain);
  });
});
