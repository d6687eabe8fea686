import { ACTIONS } from '../../../src/blocks/action-ids';
import { blockKitViolations, pingsSomeone } from '../../helpers/block-kit';
import { type ButtonClick, blockAction, slashCommand } from '../../helpers/slack-requests';
import { useTempEventLog } from '../../helpers/temp-event-log';
import { useTestBot } from '../../helpers/test-app';

const HR_CHANNEL = 'C0HRTEAM1';

describe('feedback and Ask HR over HTTP', () => {
  const log = useTempEventLog('feedback');
  const harness = useTestBot({ env: { HR_CHANNEL_ID: HR_CHANNEL }, events: () => log.events });
  const { slack } = harness;

  const click = (overrides: Partial<ButtonClick>) =>
    harness.bot.send(
      blockAction({
        actionId: `${ACTIONS.feedbackUp}:0`,
        value: '{"id":"aso-fees"}',
        responseUrl: slack.responseUrl(),
        ...overrides,
      }),
    );

  describe('👍 / 👎', () => {
    it('acknowledges a vote in place on the asker’s own card', async () => {
      await click({});
      const { body } = await slack.waitFor(() => slack.responses[0]);
      expect(body.replace_original).toBe(true);
      expect(JSON.stringify(body.blocks)).toContain('glad it helped');
      expect(JSON.stringify(body.blocks)).toContain('👍 Helpful ✓');
    });

    it('offers the related questions and Ask HR after a 👎', async () => {
      await click({ actionId: `${ACTIONS.feedbackDown}:0` });
      const { body } = await slack.waitFor(() => slack.responses[0]);
      const json = JSON.stringify(body.blocks);
      expect(json).toContain('Related questions');
      expect(json).toContain(ACTIONS.askHr);
      expect(blockKitViolations(body as never)).toEqual([]);
    });

    it('answers only the voter under a shared card', async () => {
      await click({ actionId: `${ACTIONS.feedbackDown}:0`, container: 'message' });
      const { body } = await slack.waitFor(() => slack.responses[0]);
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(JSON.stringify(body.blocks)).toContain(ACTIONS.askHr);
    });

    it('logs each vote with a hashed user and the card, so a second click replaces the first', async () => {
      await click({ user: 'U0VOTER01', messageTs: '1700000000.111111' });
      await slack.waitFor(() => slack.responses[0]);
      await click({ actionId: `${ACTIONS.feedbackDown}:0`, user: 'U0VOTER01', messageTs: '1700000000.111111' });
      await slack.waitFor(() => slack.responses[1]);
      const votes = (await log.read()).filter(
        (event) => event.kind === 'feedback' && event.card === 'C0GENERAL:1700000000.111111',
      );
      expect(votes.map((vote) => vote.vote)).toEqual(['up', 'down']);
      expect(new Set(votes.map((vote) => vote.user))).toEqual(new Set([log.events.hashUser('U0VOTER01')]));
    });

    it('says politely when the FAQ is gone', async () => {
      await click({ value: '{"id":"gone"}' });
      expect(JSON.stringify((await slack.waitFor(() => slack.responses[0])).body)).toContain('no longer available');
    });
  });

  describe('Ask HR', () => {
    it('appears on no-match cards when HR_CHANNEL_ID is set', async () => {
      const response = await harness.bot.send(slashCommand('when is payday', slack.responseUrl()));
      expect(JSON.stringify(await response.json())).toContain(ACTIONS.askHr);
    });

    it('posts the question to the HR channel with the asker’s mention and a link, escaped, and tells the asker', async () => {
      await harness.bot.send(
        blockAction({
          actionId: `${ACTIONS.askHr}:0`,
          value: JSON.stringify({ q: 'how do I <!channel> claim <@U0BOSS> parking?' }),
          responseUrl: slack.responseUrl(),
          container: 'message',
          messageTs: '1700000000.222222',
          threadTs: '1700000000.111000',
          user: 'U0ASKER1',
        }),
      );
      const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(post.body.channel).toBe(HR_CHANNEL);
      const json = JSON.stringify(post.body);
      expect(json).toContain('<@U0ASKER1> asked HR');
      expect(json).toContain('claim');
      expect(pingsSomeone(post.body as never, undefined)).toBe(true); // the asker's own mention…
      expect(json.replaceAll('<@U0ASKER1>', '')).not.toMatch(/<[!@]/); // …and nothing else
      expect(slack.callsTo('chat.getPermalink')[0]?.body).toMatchObject({
        channel: 'C0GENERAL',
        message_ts: '1700000000.111000',
      });
      expect(json).toContain('https://acme.slack.com/archives/C0GENERAL/p1700000000111000|Original message');
      const { body } = await slack.waitFor(() => slack.responses[0]);
      expect(JSON.stringify(body)).toContain(`Sent! I posted your question in <#${HR_CHANNEL}>`);
      expect((await log.read()).some((event) => event.kind === 'escalated')).toBe(true);
    });

    it('has no link when the question was private', async () => {
      await harness.bot.send(
        blockAction({ actionId: `${ACTIONS.askHr}:0`, value: '{"q":"private one"}', responseUrl: slack.responseUrl() }),
      );
      const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(JSON.stringify(post.body)).toContain('Asked privately');
      expect(slack.callsTo('chat.getPermalink')).toEqual([]);
      // Wait for the asker's confirmation too, so it can't arrive during the next test.
      expect(JSON.stringify((await slack.waitFor(() => slack.responses[0])).body)).toContain('Sent!');
    });

    it('does not post the same question twice when the button is clicked again', async () => {
      const click = () =>
        harness.bot.send(
          blockAction({
            actionId: `${ACTIONS.askHr}:0`,
            value: '{"q":"twice please"}',
            responseUrl: slack.responseUrl(),
            user: 'U0TWICE1',
          }),
        );
      await click();
      await slack.waitFor(() => slack.responses[0]);
      await click();
      const second = await slack.waitFor(() => slack.responses[1]);
      expect(JSON.stringify(second.body)).toContain('Already sent');
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    });

    const askAs = (user: string, q: string) =>
      harness.bot.send(
        blockAction({
          actionId: `${ACTIONS.askHr}:0`,
          value: JSON.stringify({ q }),
          responseUrl: slack.responseUrl(),
          user,
        }),
      );

    it('posts once when the button is clicked ten times at once while Slack is slow', async () => {
      slack.delay('chat.postMessage', 300);
      const acks = await Promise.all(Array.from({ length: 10 }, () => askAs('U0EAGER01', 'all at once')));
      expect(acks.every((response) => response.status === 200)).toBe(true);
      await harness.bot.idle();
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      const replies = slack.responses.map((response) => JSON.stringify(response.body));
      expect(replies.filter((reply) => reply.includes('Sent!'))).toHaveLength(1);
      expect(replies.filter((reply) => reply.includes('Already sent'))).toHaveLength(9);
    });

    it('lets one person send a handful of questions an hour, then says so politely', async () => {
      for (let index = 0; index < 6; index++) await askAs('U0CHATTY1', `question number ${index}`);
      await harness.bot.idle();
      expect(slack.callsTo('chat.postMessage')).toHaveLength(5);
      expect(JSON.stringify(slack.responses)).toContain('several questions in the last hour');
      await askAs('U0OTHER01', 'question number 6'); // someone else is not held back
      await harness.bot.idle();
      expect(slack.callsTo('chat.postMessage')).toHaveLength(6);
    });

    it('lets the asker try again when the post failed', async () => {
      slack.answer('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
      await askAs('U0RETRY01', 'try again');
      await harness.bot.idle();
      slack.reset();
      await askAs('U0RETRY01', 'try again');
      await harness.bot.idle();
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(JSON.stringify(slack.responses[0]?.body)).toContain('Sent!');
    });

    it('tells the asker when HR cannot be reached', async () => {
      slack.answer('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
      await harness.bot.send(
        blockAction({ actionId: `${ACTIONS.askHr}:0`, value: '{"q":"anything"}', responseUrl: slack.responseUrl() }),
      );
      const { body } = await slack.waitFor(() => slack.responses[0]);
      expect(JSON.stringify(body)).toContain("couldn't reach HR");
    });
  });
});

describe('without HR_CHANNEL_ID', () => {
  const harness = useTestBot();
  const { slack } = harness;

  it('offers no Ask HR button anywhere', async () => {
    const miss = await harness.bot.send(slashCommand('when is payday', slack.responseUrl()));
    expect(JSON.stringify(await miss.json())).not.toContain(ACTIONS.askHr);
    await harness.bot.send(
      blockAction({
        actionId: `${ACTIONS.feedbackDown}:0`,
        value: '{"id":"aso-fees"}',
        responseUrl: slack.responseUrl(),
      }),
    );
    const { body } = await slack.waitFor(() => slack.responses[0]);
    expect(JSON.stringify(body)).not.toContain(ACTIONS.askHr);
  });

  it('answers a forged Ask HR click politely', async () => {
    slack.reset();
    await harness.bot.send(
      blockAction({ actionId: `${ACTIONS.askHr}:0`, value: '{"q":"x"}', responseUrl: slack.responseUrl() }),
    );
    const { body } = await slack.waitFor(() => slack.responses[0]);
    expect(JSON.stringify(body)).toContain('not set up');
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
  });
});
