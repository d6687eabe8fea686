import type { types } from '@slack/bolt';
import { ACTIONS } from '../../src/blocks/action-ids';
import { blockKitViolations } from '../helpers/block-kit';
import { blockAction, eventCallback, slashCommand } from '../helpers/slack-requests';
import { useTempEventLog } from '../helpers/temp-event-log';
import { useTestBot } from '../helpers/test-app';

const HR_CHANNEL = 'C0HRTEAM1';
const HR_ADMIN = 'U0HRADMIN';

interface Card {
  text: string;
  blocks: types.KnownBlock[];
}

/** Every button on a card, with the action id Bolt will see. */
function buttonsOf(card: Card): types.Button[] {
  return card.blocks.flatMap((block) =>
    block.type === 'actions'
      ? block.elements.filter((element): element is types.Button => element.type === 'button')
      : [],
  );
}

const blocksOf = (body: Record<string, unknown>): types.KnownBlock[] =>
  (typeof body.blocks === 'string' ? JSON.parse(body.blocks) : body.blocks) as types.KnownBlock[];

describe('the bot learns from its users, over signed HTTP', () => {
  const log = useTempEventLog('learning');
  const harness = useTestBot({
    env: {
      HR_CHANNEL_ID: HR_CHANNEL,
      HR_ADMINS: `${HR_ADMIN}, U0HRADMIN2`,
      DATA_DIR: log.dataDir,
      ANALYTICS_SALT: 'a-salt-for-the-tests',
    },
    events: () => log.events,
    learning: true,
  });
  const { slack } = harness;

  const ask = async (user: string, text: string): Promise<Card> => {
    const response = await harness.bot.send(slashCommand(text, slack.responseUrl(), { user_id: user }));
    return (await response.json()) as Card;
  };
  const click = async (user: string, button: types.Button, where: { channel?: string; container?: 'message' } = {}) => {
    await harness.bot.send(
      blockAction({
        actionId: button.action_id ?? '',
        value: button.value ?? '',
        responseUrl: slack.responseUrl(),
        user,
        ...where,
      }),
    );
    await harness.bot.idle();
  };
  const choice = (card: Card, faqQuestion: string) => {
    const button = buttonsOf(card).find((candidate) => candidate.text.text === faqQuestion);
    if (!button) throw new Error(`no "${faqQuestion}" on the card: ${JSON.stringify(card.blocks)}`);
    return button;
  };
  const isDidYouMean = (card: Card) =>
    buttonsOf(card).some((button) => button.action_id?.startsWith(ACTIONS.noneOfThese));
  const answers = (card: Card, faqQuestion: string) =>
    card.blocks[0]?.type === 'header' && card.blocks[0].text.text === faqQuestion;

  const PHRASING = 'How much do we pay the PEO?';
  const ASO_FEES = 'How do ASO fees work?';

  it('answers a phrasing directly once three different people picked the same FAQ for it', async () => {
    expect(harness.bot.store.service.kb.get('aso-fees')?.question).toBe(ASO_FEES);
    for (const [index, user] of ['U0PICK001', 'U0PICK002', 'U0PICK003'].entries()) {
      const card = await ask(user, PHRASING);
      expect(isDidYouMean(card)).toBe(true);
      await click(user, choice(card, ASO_FEES));
      // Two people are not enough; the third teaches it.
      expect(isDidYouMean(await ask('U0FOURTH1', PHRASING))).toBe(index < 2);
    }
    const fourth = await ask('U0FOURTH1', 'how much do we pay the peo');
    expect(answers(fourth, ASO_FEES)).toBe(true);
    const learned = await harness.bot.learning?.list();
    expect(learned?.phrasings).toEqual([
      expect.objectContaining({ question: 'how much do we pay the peo', faq: 'aso-fees', people: 3 }),
    ]);
    // Only hashes of people are kept, never their ids.
    expect(JSON.stringify(learned)).not.toContain('U0PICK');
  });

  it('learns nothing from one person clicking three times', async () => {
    const question = 'is a peo worth it';
    for (let time = 0; time < 3; time++) {
      const card = await ask('U0SOLO001', question);
      expect(isDidYouMean(card)).toBe(true);
      await click('U0SOLO001', buttonsOf(card)[0] as types.Button);
    }
    expect(isDidYouMean(await ask('U0OTHER01', question))).toBe(true);
  });

  it('turns an answer into "Did you mean…?" after three people give it 👎 for that question', async () => {
    const question = 'what does a peo cost';
    const card = await ask('U0DOWN000', question);
    expect(answers(card, ASO_FEES)).toBe(true);
    const down = buttonsOf(card).find((button) => button.action_id?.startsWith(ACTIONS.feedbackDown));
    expect(JSON.parse(down?.value ?? '{}')).toEqual({ id: 'aso-fees', q: question });
    for (const user of ['U0DOWN001', 'U0DOWN002']) await click(user, down as types.Button);
    expect(answers(await ask('U0DOWN000', question), ASO_FEES)).toBe(true);
    await click('U0DOWN003', down as types.Button);
    const after = await ask('U0DOWN000', question);
    expect(isDidYouMean(after)).toBe(true);
    expect(buttonsOf(after).map((button) => button.text.text)).toEqual(expect.arrayContaining([ASO_FEES, 'Ask HR']));
  });

  it('ignores a forged Keep or Undo value', async () => {
    await click(
      HR_ADMIN,
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Undo' },
        action_id: `${ACTIONS.undoLearned}:0`,
        value: '{"q":"x","id":"Not An Id"}',
      },
      { channel: HR_CHANNEL, container: 'message' },
    );
    expect(JSON.stringify(slack.responses[0]?.body)).toContain('no longer learned');
    expect(answers(await ask('U0FOURTH1', PHRASING), ASO_FEES)).toBe(true);
  });

  describe('the weekly digest', () => {
    it('posts the figures and the learned phrasings to the HR channel, within Block Kit limits', async () => {
      expect(await harness.bot.sendDigest()).toBe(true);
      const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      expect(post.body.channel).toBe(HR_CHANNEL);
      const digest = { text: String(post.body.text), blocks: blocksOf(post.body) };
      expect(blockKitViolations(digest)).toEqual([]);
      const json = JSON.stringify(digest.blocks);
      expect(json).toContain('Questions');
      expect(json).toContain('how much do we pay the peo');
      expect(buttonsOf(digest).map((button) => button.text.text)).toEqual(['Keep', 'Undo']);
    });

    it('lets only HR admins press Undo, and Undo takes effect at once, for good', async () => {
      const undo = {
        type: 'button' as const,
        text: { type: 'plain_text' as const, text: 'Undo' },
        action_id: `${ACTIONS.undoLearned}:0`,
        value: JSON.stringify({ q: 'how much do we pay the peo', id: 'aso-fees' }),
      };
      await click('U0NOTHR01', undo, { channel: HR_CHANNEL, container: 'message' });
      expect(JSON.stringify(slack.responses[0]?.body)).toContain('only the HR admins');
      expect(answers(await ask('U0FOURTH1', PHRASING), ASO_FEES)).toBe(true);

      await click(HR_ADMIN, undo, { channel: HR_CHANNEL, container: 'message' });
      expect(JSON.stringify(slack.responses[1]?.body)).toContain('Undone');
      expect(isDidYouMean(await ask('U0FOURTH1', PHRASING))).toBe(true);
      // Never learned again, however many people pick it.
      for (const user of ['U0AGAIN01', 'U0AGAIN02', 'U0AGAIN03']) {
        await click(user, choice(await ask(user, PHRASING), ASO_FEES));
      }
      expect(isDidYouMean(await ask('U0FOURTH1', PHRASING))).toBe(true);
    });

    it('stays within 50 blocks however busy the week, and says how many more there are', async () => {
      const learning = harness.bot.learning;
      if (!learning) throw new Error('learning is off');
      for (let index = 0; index < 40; index++) {
        for (const user of ['U0BUSY001', 'U0BUSY002', 'U0BUSY003']) {
          await learning.record({
            kind: 'pick',
            question: `busy question number ${index} ${'x'.repeat(index)}`,
            faq: 'aso-fees',
            userId: user,
          });
        }
        log.events.record({
          kind: 'no-match',
          surface: 'command',
          question: `unanswered ${index} ${'y'.repeat(250)}`,
          userId: 'U0BUSY001',
        });
      }
      expect(await harness.bot.sendDigest()).toBe(true);
      const post = await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
      const digest = { text: String(post.body.text), blocks: blocksOf(post.body) };
      expect(blockKitViolations(digest)).toEqual([]);
      expect(digest.blocks.length).toBeLessThanOrEqual(50);
      expect(JSON.stringify(digest.blocks)).toMatch(/and \d+ more: `npm run learn`/);
      expect(JSON.stringify(digest.blocks)).toMatch(/and \d+ more \(`npm run report`/);
    });
  });

  describe('/hrfaq stats', () => {
    it('shows an HR admin the week’s figures, privately', async () => {
      const card = await ask(HR_ADMIN, 'stats');
      const json = JSON.stringify(card.blocks);
      for (const figure of ['Questions', 'Answered', 'Did you mean', 'No match', '👎 rate', 'Ask HR']) {
        expect(json).toContain(figure);
      }
      expect(blockKitViolations(card)).toEqual([]);
    });

    it('tells anyone else it is for HR', async () => {
      const card = await ask('U0NOTHR01', 'stats');
      expect(JSON.stringify(card.blocks)).toContain('is for the HR team');
      expect(JSON.stringify(card.blocks)).not.toContain('Answered');
    });
  });

  describe('App Home', () => {
    const home = async (user: string) => {
      await harness.bot.send(eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME001', tab: 'home' }));
      const call = await slack.waitFor(() => slack.callsTo('views.publish')[0]);
      return JSON.stringify(call.body.view);
    };

    it('shows HR admins the summary above the topics', async () => {
      const view = await home(HR_ADMIN);
      expect(view).toContain('This week (HR only)');
      expect(view.indexOf('This week')).toBeLessThan(view.indexOf('Topics'));
    });

    it('shows everyone else just the topics', async () => {
      expect(await home('U0NOTHR01')).not.toContain('This week');
    });
  });
});
