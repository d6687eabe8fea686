import { blockKitViolations, pingsSomeone } from '../../helpers/block-kit';
import { signatureHeaders, slashCommand } from '../../helpers/slack-requests';
import { useTestBot } from '../../helpers/test-app';

describe('/hrfaq over HTTP', () => {
  const harness = useTestBot();
  const { slack } = harness;

  async function command(text: string) {
    const started = performance.now();
    const response = await harness.bot.send(slashCommand(text, slack.responseUrl()));
    const elapsed = performance.now() - started;
    return { response, body: (await response.json()) as Record<string, unknown>, elapsed };
  }

  it('acknowledges with the answer card, ephemeral, within Slack’s 3 seconds', async () => {
    const { response, body, elapsed } = await command('peo vs aso');
    expect(response.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('What is the difference between a PEO and an ASO?');
    expect(JSON.stringify(body.blocks)).toContain('Share in channel');
    expect(blockKitViolations(body as never)).toEqual([]);
  });

  it('logs one structured line without the question text', async () => {
    await command('peo vs aso');
    const line = harness.bot.logLines().find((entry) => entry.event === 'request' && entry.type === 'command');
    expect(line).toMatchObject({ level: 'info', type: 'command', band: 'answer', faq: 'peo-vs-aso' });
    expect(typeof line?.ms).toBe('number');
    expect(JSON.stringify(harness.bot.logLines())).not.toContain('peo vs aso');
  });

  it.each(['', 'help', '  HELP  '])('shows usage for %j', async (text) => {
    const { body } = await command(text);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('/hrfaq list');
  });

  it('lists topics by category', async () => {
    const { body } = await command('list');
    const json = JSON.stringify(body.blocks);
    expect(json).toContain('HR outsourcing');
    expect(json).toContain('Generative AI');
  });

  it('offers candidates on a close call and a friendly fallback on no match', async () => {
    expect(JSON.stringify((await command('co-employment peo')).body.blocks)).toContain('None of these');
    const none = await command('when is payday');
    expect(JSON.stringify(none.body.blocks)).toContain("I don't have an answer");
  });

  it('never echoes a broadcast: /hrfaq <!channel> what is a peo', async () => {
    const { body } = await command('<!channel> what is a peo');
    expect(pingsSomeone(body as never)).toBe(false);
    const miss = await command('<!channel> <!here> <@U0OTHER> zzqx');
    expect(pingsSomeone(miss.body as never)).toBe(false);
    expect(JSON.stringify(miss.body)).toContain('&lt;!channel&gt;');
  });

  it('makes no Web API calls for a slash command: the card is the acknowledgement', async () => {
    await command('peo vs aso');
    expect(slack.calls).toEqual([]);
  });

  describe('when the request is not from Slack', () => {
    it('rejects a bad signature with 401 and does nothing', async () => {
      const request = slashCommand('peo vs aso', slack.responseUrl());
      const response = await harness.bot.send(request, {
        sign: (body) => signatureHeaders(body, { secret: 'f'.repeat(32) }),
      });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('PEO');
    });

    it('rejects a stale timestamp with 401 (replay protection)', async () => {
      const request = slashCommand('peo vs aso', slack.responseUrl());
      const stale = Math.floor(Date.now() / 1000) - 60 * 10;
      const response = await harness.bot.send(request, {
        sign: (body) => signatureHeaders(body, { timestamp: stale }),
      });
      expect(response.status).toBe(401);
    });

    it('rejects a body altered after signing', async () => {
      const request = slashCommand('peo vs aso', slack.responseUrl());
      const headers = signatureHeaders(request.body);
      const response = await fetch(harness.bot.url, {
        method: 'POST',
        headers: { 'Content-Type': request.contentType, ...headers },
        body: request.body.replace('peo', 'aso'),
      });
      expect(response.status).toBe(401);
    });
  });
});
