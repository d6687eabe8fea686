import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEvents } from '../src/analytics/read-events';
import { FakeSlack } from './helpers/fake-slack';
import { lambdaEnv, slashCommandEvent } from './helpers/lambda-events';

describe('the AWS Lambda handler', () => {
  const slack = new FakeSlack();
  let lambda: typeof import('../src/lambda');
  const saved = { ...process.env };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-lambda-'));

  beforeAll(async () => {
    await slack.start();
    Object.assign(process.env, lambdaEnv(slack.apiUrl, { DATA_DIR: dataDir }));
    lambda = await import('../src/lambda');
  });
  afterAll(async () => {
    await lambda.closeLambdaApp();
    process.env = saved;
    rmSync(dataDir, { recursive: true, force: true });
    await slack.stop();
  });

  const invoke = async (text: string, options?: Parameters<typeof slashCommandEvent>[2]) =>
    (await lambda.handler(slashCommandEvent(text, slack.responseUrl(), options) as never, {})) as {
      statusCode: number;
      body: string;
    };

  it('answers a signed slash command with the card', async () => {
    const result = await invoke('peo vs aso');
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

  it('saves no index (nor parsed FAQs) in the container unless INDEX_DIR names a folder', async () => {
    expect((await invoke('peo vs aso')).statusCode).toBe(200);
    expect(existsSync(path.join(dataDir, 'index'))).toBe(false);
    const shared = path.join(dataDir, 'efs-index');
    process.env.INDEX_DIR = shared;
    try {
      await lambda.closeLambdaApp();
      expect((await invoke('peo vs aso')).statusCode).toBe(200);
      expect(readdirSync(shared).sort()).toEqual([
        expect.stringMatching(/^index-[0-9a-f]{32}\.json$/),
        expect.stringMatching(/^parsed-[0-9a-f]{32}\.json$/),
      ]);
    } finally {
      delete process.env.INDEX_DIR;
      await lambda.closeLambdaApp();
    }
  });

  it('verifies a base64-encoded body with non-ASCII text', async () => {
    const result = await invoke('qu’est-ce qu’un PEO ? 😀', { base64: true });
    expect(result.statusCode).toBe(200);
    expect(JSON.stringify(JSON.parse(result.body).blocks)).toContain('PEO');
  });

  it('rejects a bad signature with 401', async () => {
    expect((await invoke('peo vs aso', { secret: '0'.repeat(32) })).statusCode).toBe(401);
  });

  it('starts the app afresh after it is closed, and closing twice is harmless', async () => {
    expect((await invoke('peo vs aso')).statusCode).toBe(200);
    const checks = slack.callsTo('auth.test').length;
    await lambda.closeLambdaApp();
    await lambda.closeLambdaApp();
    expect((await invoke('peo vs aso')).statusCode).toBe(200);
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
