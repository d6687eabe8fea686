import { blockKitViolations, pingsSomeone } from '../../helpers/block-kit';
import { eventCallback } from '../../helpers/slack-requests';
import { useTestBot } from '../../helpers/test-app';

describe('events over HTTP', () => {
  const harness = useTestBot();
  const { slack } = harness;

  const posted = () => slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);

  describe('app_mention', () => {
    const mention = (text: string, extra: Record<string, unknown> = {}) =>
      eventCallback({
        type: 'app_mention',
        user: 'U0ASKER1',
        text,
        ts: '1700000000.000500',
        channel: 'C0GENERAL',
        ...extra,
      });

    it('answers in a thread under the mention, with the mention stripped', async () => {
      const response = await harness.bot.send(mention('<@UBOT0001> what is a peo?'));
      expect(response.status).toBe(200);
      const call = await posted();
      expect(call.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000500' });
      expect(JSON.stringify(call.body.blocks)).toContain('What is a PEO (professional employer organization)?');
      expect(JSON.stringify(call.body.blocks)).not.toContain('Share in channel');
      expect(blockKitViolations(call.body as never)).toEqual([]);
    });

    it('stays in an existing thread', async () => {
      await harness.bot.send(mention('<@UBOT0001> rag', { thread_ts: '1699999999.000001' }));
      expect((await posted()).body.thread_ts).toBe('1699999999.000001');
    });

    it('shows help for an empty mention', async () => {
      await harness.bot.send(mention('<@UBOT0001>'));
      expect(JSON.stringify((await posted()).body.blocks)).toContain('/hrfaq list');
    });

    it('never lets the text ping anyone: @hrfaq <!everyone> hi', async () => {
      await harness.bot.send(mention('<@UBOT0001> <!everyone> hi'));
      const call = await posted();
      expect(pingsSomeone(call.body as never)).toBe(false);
    });

    it('ignores mentions written by bots', async () => {
      await harness.bot.send(mention('<@UBOT0001> what is a peo', { bot_id: 'B0OTHER' }));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(slack.callsTo('chat.postMessage')).toEqual([]);
    });
  });

  describe('message.im', () => {
    const dm = (extra: Record<string, unknown>) =>
      eventCallback({
        type: 'message',
        channel: 'D0ASKER1',
        channel_type: 'im',
        user: 'U0ASKER1',
        ts: '1700000000.000600',
        ...extra,
      });

    it('answers a DM in the DM', async () => {
      await harness.bot.send(dm({ text: 'how do aso fees work' }));
      const call = await posted();
      expect(call.body.channel).toBe('D0ASKER1');
      expect(call.body.thread_ts).toBeUndefined();
      expect(JSON.stringify(call.body.blocks)).toContain('How do ASO fees work?');
    });

    it.each([
      ['the bot’s own messages', { text: 'What is a PEO?', bot_id: 'BBOT0001', user: 'UBOT0001' }],
      ['other bots’ messages', { text: 'what is a peo', bot_id: 'B0OTHER', subtype: 'bot_message' }],
      ['edits', { subtype: 'message_changed', message: { text: 'what is a peo' } }],
      ['messages outside DMs', { text: 'what is a peo', channel_type: 'channel', channel: 'C0GENERAL' }],
    ])('ignores %s', async (_, extra) => {
      await harness.bot.send(dm(extra));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(slack.callsTo('chat.postMessage')).toEqual([]);
    });
  });

  describe('app_home_opened', () => {
    it('publishes the Home tab with topics as buttons', async () => {
      await harness.bot.send(
        eventCallback({ type: 'app_home_opened', user: 'U0ASKER1', channel: 'D0ASKER1', tab: 'home' }),
      );
      const call = await slack.waitFor(() => slack.callsTo('views.publish')[0]);
      expect(call.body.user_id).toBe('U0ASKER1');
      const view = call.body.view as { type: string; blocks: unknown[] };
      expect(view.type).toBe('home');
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(JSON.stringify(view.blocks)).toContain('What is co-employment?');
    });

    it('does nothing when the Messages tab is opened', async () => {
      await harness.bot.send(
        eventCallback({ type: 'app_home_opened', user: 'U0ASKER1', channel: 'D0ASKER1', tab: 'messages' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(slack.callsTo('views.publish')).toEqual([]);
    });
  });

  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'abc123', type: 'url_verification' });
    const response = await harness.bot.send({ body, contentType: 'application/json' });
    expect(await response.json()).toEqual({ challenge: 'abc123' });
  });
});
