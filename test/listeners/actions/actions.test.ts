import { ACTIONS } from '../../../src/blocks/action-ids';
import { blockKitViolations } from '../../helpers/block-kit';
import { type ButtonClick, blockAction } from '../../helpers/slack-requests';
import { useTestBot } from '../../helpers/test-app';

describe('buttons over HTTP', () => {
  const harness = useTestBot();
  const { slack } = harness;

  const click = async (overrides: Partial<ButtonClick>) => {
    const response = await harness.bot.send(
      blockAction({
        actionId: `${ACTIONS.openFaq}:0`,
        value: '{"id":"what-is-a-peo"}',
        responseUrl: slack.responseUrl(),
        ...overrides,
      }),
    );
    expect(response.status).toBe(200);
  };
  const firstResponse = () => slack.waitFor(() => slack.responses[0]);

  describe('on an ephemeral card', () => {
    it('replaces the card through response_url, with a way back', async () => {
      await click({ value: '{"id":"what-is-a-peo","from":"peo-vs-aso"}' });
      const { body } = await firstResponse();
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
      const json = JSON.stringify(body.blocks);
      expect(json).toContain('What is a PEO (professional employer organization)?');
      expect(json).toContain('← Back: What is the difference between a PEO and an ASO?');
      expect(json).toContain(ACTIONS.back);
      expect(blockKitViolations(body as never)).toEqual([]);
    });

    it('goes back when Back is clicked', async () => {
      await click({ actionId: `${ACTIONS.back}:0`, value: '{"id":"peo-vs-aso"}' });
      expect(JSON.stringify((await firstResponse()).body.blocks)).toContain(
        'What is the difference between a PEO and an ASO?',
      );
    });
  });

  describe('on a public card', () => {
    it('answers in the thread of a card posted in a thread', async () => {
      await click({ container: 'message', messageTs: '1700000000.000700', threadTs: '1700000000.000500' });
      const call = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(call.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000500' });
      expect(JSON.stringify(call.body.blocks)).toContain('What is a PEO (professional employer organization)?');
      expect(JSON.stringify(call.body.blocks)).not.toContain('Share in channel');
    });

    it('starts a thread under a top-level card in a channel', async () => {
      await click({ container: 'message', messageTs: '1700000000.000800' });
      expect((await slack.waitFor(() => slack.callsTo('chat.postMessage')[0])).body.thread_ts).toBe(
        '1700000000.000800',
      );
    });

    it('posts a new message under a top-level card in a DM', async () => {
      await click({ container: 'message', channel: 'D0ASKER1' });
      const call = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(call.body.channel).toBe('D0ASKER1');
      expect(call.body.thread_ts).toBeUndefined();
    });

    it('shows the answer privately when the bot cannot post in the channel', async () => {
      slack.answer('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
      await click({ container: 'message' });
      const { body } = await firstResponse();
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(JSON.stringify(body.blocks)).toContain('What is a PEO');
    });
  });

  describe('in App Home', () => {
    it('opens the answer in a modal', async () => {
      await click({ container: 'home' });
      const call = await slack.waitFor(() => slack.callsTo('views.open')[0]);
      expect(call.body.trigger_id).toBe('1337.42.trigger');
      const view = call.body.view as { type: string; blocks: unknown[] };
      expect(view.type).toBe('modal');
      expect(JSON.stringify(view.blocks)).toContain('What is a PEO');
    });

    it('updates the modal when a button inside it is clicked', async () => {
      await click({ container: 'modal', value: '{"id":"aso-fees"}' });
      const call = await slack.waitFor(() => slack.callsTo('views.update')[0]);
      expect(call.body.view_id).toBe('V0MODAL');
      expect(JSON.stringify(call.body.view)).toContain('How do ASO fees work?');
    });
  });

  describe('with a value that is not what hrfaq sent', () => {
    it.each([
      ['an unknown id', '{"id":"no-such-faq"}'],
      ['malformed JSON', '{"id":'],
      ['a path-like id', '{"id":"../../etc/passwd"}'],
      ['an oversized value', JSON.stringify({ id: `a${'-a'.repeat(1200)}` })],
      ['extra keys', '{"id":"what-is-a-peo","admin":true}'],
      ['markup', '{"id":"<!channel>"}'],
    ])('says politely that the question is no longer available for %s, without echoing it', async (_, value) => {
      await click({ value });
      const { body } = await firstResponse();
      expect(JSON.stringify(body)).toContain('no longer available');
      expect(body.replace_original).toBe(false);
      expect(JSON.stringify(body)).not.toContain('passwd');
      expect(JSON.stringify(body)).not.toContain('<!channel>');
    });

    it('acknowledges an action id hrfaq never emitted', async () => {
      const response = await harness.bot.send(
        blockAction({ actionId: 'someone_else', value: 'x', responseUrl: slack.responseUrl() }),
      );
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(slack.responses).toEqual([]);
    });
  });

  describe('Share in channel', () => {
    it('posts the answer publicly, marked as shared by the asker, and confirms privately', async () => {
      await click({ actionId: `${ACTIONS.share}:0`, value: '{"id":"peo-vs-aso"}', user: 'U0SHARER' });
      await slack.waitFor(() => slack.responses.length >= 2 && slack.responses);
      const [shared, confirmation] = slack.responses;
      expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
      const json = JSON.stringify(shared?.body.blocks);
      expect(json).toContain('Shared by <@U0SHARER>');
      expect(json).not.toContain('Share in channel');
      expect(confirmation?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
      expect(JSON.stringify(confirmation?.body)).toContain('Shared');
    });

    it('says so when the FAQ is gone', async () => {
      await click({ actionId: `${ACTIONS.share}:0`, value: '{"id":"gone-faq"}' });
      expect(JSON.stringify((await firstResponse()).body)).toContain('no longer available');
    });
  });

  describe('None of these', () => {
    it('replaces a private did-you-mean card with how to ask and popular questions', async () => {
      await click({ actionId: `${ACTIONS.noneOfThese}:0`, value: '{"q":"peo or aso?"}' });
      const { body } = await firstResponse();
      expect(body.replace_original).toBe(true);
      expect(JSON.stringify(body.blocks)).toContain('How to ask');
    });

    it('answers only the clicker under a public card', async () => {
      await click({ actionId: `${ACTIONS.noneOfThese}:0`, value: '{"q":"peo or aso?"}', container: 'message' });
      const { body } = await firstResponse();
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(slack.callsTo('chat.postMessage')).toEqual([]);
    });
  });
});
