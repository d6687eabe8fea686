import { LogLevel } from '@slack/bolt';
import { ACTIONS } from '../../src/blocks/action-ids';
import { appEnvSchema } from '../../src/config/env';
import { createLogger } from '../../src/runtime/logger';
import { initialiseApp } from '../../src/slack/bot-parts';
import { createApp, PRODUCTION_RETRIES } from '../../src/slack/create-app';
import {
  BOT_TOKEN,
  blockAction,
  eventCallback,
  SIGNING_SECRET,
  signatureHeaders,
  slashCommand,
} from '../helpers/slack-requests';
import { TEST_RETRIES, useTestBot } from '../helpers/test-app';

describe('resilience over HTTP', () => {
  const harness = useTestBot();
  const { slack } = harness;

  const mention = (text = '<@UBOT0001> what is a peo') =>
    eventCallback({ type: 'app_mention', user: 'U0ASKER1', text, ts: '1700000000.000900', channel: 'C0GENERAL' });

  describe('when Slack retries an event', () => {
    it('answers the same event_id once, however many times it arrives', async () => {
      const request = mention();
      await harness.bot.send(request);
      const retry = await harness.bot.send(request, {
        headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      });
      expect(retry.status).toBe(200);
      await harness.bot.send(request, {
        headers: { 'X-Slack-Retry-Num': '2', 'X-Slack-Retry-Reason': 'http_timeout' },
      });
      await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(harness.bot.logLines().filter((line) => line.event === 'duplicate_event_dropped')).toHaveLength(2);
    });

    it('still answers different events', async () => {
      await harness.bot.send(mention());
      await harness.bot.send(mention());
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 2);
    });
  });

  describe('when the Web API fails', () => {
    it('retries 5xx with backoff, logs each retry, and delivers', async () => {
      slack.failNext('chat.postMessage', { status: 503, body: { ok: false } }, 2);
      await harness.bot.send(mention());
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 3);
      expect(harness.bot.logLines().filter((line) => line.event === 'web_api_retry')).toHaveLength(2);
    });

    it('waits out a 429 for its Retry-After, then delivers', async () => {
      slack.failNext('chat.postMessage', {
        status: 429,
        headers: { 'Retry-After': '1' },
        body: { ok: false, error: 'ratelimited' },
      });
      const started = Date.now();
      await harness.bot.send(mention());
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 2, 5000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });

    it('retries a dropped connection', async () => {
      slack.failNext('chat.postMessage', { status: 0, drop: true });
      await harness.bot.send(mention());
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 2);
    });

    it('logs the failure when every retry fails, and answers the next request as usual', async () => {
      slack.failNext('chat.postMessage', { status: 500, body: { ok: false } }, 3);
      await harness.bot.send(mention());
      await slack.waitFor(() => harness.bot.logLines().some((line) => line.event === 'mention_failed'));
      slack.reset();
      await harness.bot.send(mention('<@UBOT0001> rag'));
      const call = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(JSON.stringify(call.body.blocks)).toContain('RAG');
      const command = await harness.bot.send(slashCommand('peo vs aso', slack.responseUrl()));
      expect(command.status).toBe(200);
    });

    it('retries a failed response_url post', async () => {
      slack.failNext('response_url', { status: 502, body: { ok: false } }, 2);
      await harness.bot.send(
        blockAction({ actionId: `${ACTIONS.openFaq}:0`, value: '{"id":"aso-fees"}', responseUrl: slack.responseUrl() }),
      );
      const response = await slack.waitFor(() => slack.responses[0]);
      expect(JSON.stringify(response.body.blocks)).toContain('How do ASO fees work?');
      expect(harness.bot.logLines().filter((line) => line.event === 'respond_retry')).toHaveLength(2);
    });

    it('gives up at once on an expired response_url (4xx)', async () => {
      slack.failNext('response_url', { status: 404, body: { ok: false } }, 5);
      await harness.bot.send(
        blockAction({ actionId: `${ACTIONS.openFaq}:0`, value: '{"id":"aso-fees"}', responseUrl: slack.responseUrl() }),
      );
      await slack.waitFor(() => harness.bot.logLines().some((line) => line.event === 'open_faq_failed'));
      expect(harness.bot.logLines().filter((line) => line.event === 'respond_retry')).toHaveLength(0);
    });
  });

  describe('when Slack is slow, rate limited or down', () => {
    it('keeps answering others while one method is rate limited', async () => {
      slack.failNext('chat.postMessage', {
        status: 429,
        headers: { 'Retry-After': '2' },
        body: { ok: false, error: 'ratelimited' },
      });
      const started = Date.now();
      await harness.bot.send(mention());
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 1);
      await harness.bot.send(
        eventCallback({ type: 'app_home_opened', user: 'U0OTHER01', channel: 'D0HOME', tab: 'home' }),
      );
      await slack.waitFor(() => slack.callsTo('views.publish')[0]);
      expect(Date.now() - started).toBeLessThan(1500); // not held for the other method's Retry-After
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 2, 5000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    });

    it('abandons a hung response_url post and tries again', async () => {
      slack.failNext('response_url', { status: 0, hang: true });
      await harness.bot.send(
        blockAction({ actionId: `${ACTIONS.openFaq}:0`, value: '{"id":"aso-fees"}', responseUrl: slack.responseUrl() }),
      );
      const response = await slack.waitFor(() => slack.responses[0], 4000);
      expect(JSON.stringify(response.body.blocks)).toContain('How do ASO fees work?');
      expect(harness.bot.logLines().find((line) => line.event === 'respond_retry')?.error).toMatch(/timed out/);
    });

    it('tells the asker privately when a reply could not be delivered', async () => {
      slack.failNext('chat.postMessage', { status: 500, body: { ok: false } }, 3);
      await harness.bot.send(mention());
      const notice = await slack.waitFor(() => slack.callsTo('chat.postEphemeral')[0]);
      expect(notice.body).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER1' });
      expect(JSON.stringify(notice.body)).toContain("couldn't deliver my answer");
    });

    it('retries replies over about a minute in production', () => {
      const { retries, factor, minTimeout, maxTimeout } = PRODUCTION_RETRIES;
      const waits = Array.from({ length: retries }, (_, index) => Math.min(minTimeout * factor ** index, maxTimeout));
      const total = waits.reduce((sum, wait) => sum + wait, 0);
      expect(total).toBeGreaterThan(50_000);
      expect(total).toBeLessThan(90_000);
    });
  });

  describe('at start-up', () => {
    const build = () =>
      createApp({
        env: appEnvSchema.parse({
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: slack.apiUrl,
        }),
        store: harness.bot.store,
        logger: createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } }),
        retries: TEST_RETRIES,
      });

    it('keeps trying auth.test through a Slack blip (5xx, 429)', async () => {
      slack.failNext('auth.test', { status: 503, body: { ok: false } }, 3);
      slack.failNext('auth.test', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false } }, 1);
      await expect(initialiseApp(build(), { patienceMs: 20_000 })).resolves.toBeUndefined();
      expect(slack.callsTo('auth.test').length).toBeGreaterThanOrEqual(5);
    }, 20_000);

    it('says how long it will keep trying, then gives up plainly, naming what to check', async () => {
      slack.failNext('auth.test', { status: 503, body: { ok: false } }, 100);
      const lines: string[] = [];
      const logger = createLogger({ level: LogLevel.WARN, destination: { write: (line: string) => lines.push(line) } });
      const app = createApp({
        env: appEnvSchema.parse({
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: slack.apiUrl,
        }),
        store: harness.bot.store,
        logger,
        retries: TEST_RETRIES,
      });
      await expect(initialiseApp(app, { patienceMs: 2_500, logger })).rejects.toThrow(
        /Could not reach Slack to check SLACK_BOT_TOKEN .*SLACK_API_URL if you set it\): network, firewall or proxy/,
      );
      const retrying = lines
        .map((line) => JSON.parse(line))
        .filter((line) => line.event === 'slack_unreachable_retrying');
      expect(retrying.length).toBeGreaterThan(0);
      expect(retrying[0].givingUpInS).toBeGreaterThan(0);
      expect(retrying[0].givingUpInS).toBeLessThanOrEqual(3);
    }, 20_000);

    it('fails at once, plainly, when the token is rejected', async () => {
      slack.answer('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
      const started = Date.now();
      await expect(initialiseApp(build(), { patienceMs: 20_000 })).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN/);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  describe('with odd input', () => {
    const odd = [
      ['4,000 characters', `peo vs aso ${'x'.repeat(4000)}`],
      ['control characters', 'what is\u0000 a\u0007 peo\u001b[31m'],
      ['emoji', '🤔 what is a 👔 PEO 🏢?'],
      ['right-to-left text', 'ما هو PEO؟ ‏שלום'],
      ['a code fence', '```\nSELECT * FROM peo;\n```'],
      ['Slack markup', '<!channel> <@U1|x> <#C1|hr> <https://evil.example|click> *bold* ~x~'],
      ['only whitespace', ' \n\t '],
    ];

    it.each(odd)('replies to %s within 3 seconds', async (_, text) => {
      const started = performance.now();
      const response = await harness.bot.send(slashCommand(text, slack.responseUrl()));
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(3000);
      const body = (await response.json()) as { blocks: unknown[] };
      expect(body.blocks.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/<!channel>|<@U1|<https:\/\/evil/);
    });
  });

  describe('the logs', () => {
    it('never contain the bot token or the signing secret, and no question text at info', async () => {
      await harness.bot.send(slashCommand('my secret question about peo', slack.responseUrl()));
      await harness.bot.send(mention('<@UBOT0001> another private question about aso'));
      await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      const all = JSON.stringify(harness.bot.logLines());
      expect(all).not.toContain(BOT_TOKEN);
      expect(all).not.toContain(SIGNING_SECRET);
      expect(all).not.toContain('secret question');
      expect(all).not.toContain('private question');
    });

    it('log a bad signature without leaking the secret', async () => {
      const request = slashCommand('peo', slack.responseUrl());
      await harness.bot.send(request, { sign: (body) => signatureHeaders(body, { secret: 'e'.repeat(32) }) });
      expect(JSON.stringify(harness.bot.logLines())).not.toContain(SIGNING_SECRET);
    });
  });
});
