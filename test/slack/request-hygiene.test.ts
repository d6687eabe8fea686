import { ACTIONS } from '../../src/blocks/action-ids';
import { blockAction, eventCallback, signatureHeaders, slashCommand } from '../helpers/slack-requests';
import { useTestBot } from '../helpers/test-app';

describe('request hygiene over HTTP', () => {
  const harness = useTestBot({ env: { LOG_LEVEL: 'debug', HR_CHANNEL_ID: 'C0HRTEAM1' } });
  const { slack } = harness;

  it('shows text Slack already escaped as it was typed, escaped once', async () => {
    // Slack sends "payday <soon> & later" as "payday &lt;soon&gt; &amp; later".
    const response = await harness.bot.send(
      slashCommand('when is payday &lt;soon&gt; &amp; later', slack.responseUrl()),
    );
    const json = JSON.stringify(await response.json());
    expect(json).toContain('&lt;soon&gt; &amp; later');
    expect(json).not.toContain('&amp;lt;');
    expect(json).not.toContain('&amp;amp;');
  });

  it('logs no raw user id and no question text, even at debug', async () => {
    slack.answer('chat.postMessage', (body) =>
      body.channel === 'C0HRTEAM1' ? { ok: true, ts: '1.2' } : { ok: false, error: 'not_in_channel' },
    );
    await harness.bot.send(
      blockAction({
        actionId: `${ACTIONS.askHr}:0`,
        value: JSON.stringify({ q: 'my very private parking question' }),
        responseUrl: slack.responseUrl(),
        user: 'U0PRIVATE9',
      }),
    );
    await harness.bot.send(
      blockAction({
        actionId: `${ACTIONS.openFaq}:0`,
        value: '{"id":"aso-fees"}',
        responseUrl: slack.responseUrl(),
        container: 'message',
        user: 'U0PRIVATE9',
      }),
    );
    await harness.bot.idle();
    const logs = JSON.stringify(harness.bot.logLines());
    expect(logs).toContain('post_failed_replying_privately');
    expect(logs).toContain('http request body');
    expect(logs).not.toContain('U0PRIVATE9');
    expect(logs).not.toContain('private parking');
  });

  it('answers a correctly signed body of null with 400', async () => {
    const response = await harness.bot.send({ body: 'null', contentType: 'application/json' });
    expect(response.status).toBe(400);
    const forged = await harness.bot.send(
      { body: 'null', contentType: 'application/json' },
      { sign: (body) => signatureHeaders(body, { secret: 'f'.repeat(32) }) },
    );
    expect(forged.status).toBe(401);
  });

  it('answers a replayed slash command (the same trigger_id) once', async () => {
    const request = slashCommand('peo vs aso', slack.responseUrl());
    const first = await harness.bot.send(request);
    const replay = await harness.bot.send(request);
    expect(JSON.stringify(await first.json())).toContain('PEO');
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    expect(harness.bot.logLines().some((line) => line.event === 'duplicate_command_dropped')).toBe(true);
  });

  it('rejects a timestamp more than five minutes in the future with 401, and accepts a little skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = slashCommand('peo vs aso', slack.responseUrl());
    const late = await harness.bot.send(future, {
      sign: (body) => signatureHeaders(body, { timestamp: now + 6 * 60 }),
    });
    expect(late.status).toBe(401);
    const skewed = slashCommand('peo vs aso', slack.responseUrl());
    const fine = await harness.bot.send(skewed, { sign: (body) => signatureHeaders(body, { timestamp: now + 60 }) });
    expect(fine.status).toBe(200);
  });

  it('still answers events and the health check behind the guard', async () => {
    await harness.bot.send(
      eventCallback({
        type: 'app_mention',
        user: 'U0ASKER1',
        text: '<@UBOT0001> rag',
        ts: '1.1',
        channel: 'C0GENERAL',
      }),
    );
    await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
    const health = await fetch(harness.bot.url.replace('/slack/events', '/healthz'));
    expect(await health.text()).toMatch(/^ok \d+ faqs/);
  });
});
