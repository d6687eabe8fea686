import { readdirSync } from 'node:fs';
import { ACTIONS } from '../../src/blocks/action-ids';
import type { BotProcess } from '../helpers/bot-process';
import { query } from '../helpers/postgres';
import { settle, useReplicas } from '../helpers/replicas';
import { blockAction, slashCommand } from '../helpers/slack-requests';

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

interface Card {
  blocks: Array<{ type: string; elements?: Button[]; text?: { text: string } }>;
}

const buttons = (card: Card) =>
  card.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));

describe('two replicas learning together in one PostgreSQL database', () => {
  const { slack, dataDir, replicas, databaseUrl } = useReplicas('replicas-learning');

  it('learns a phrasing from picks made on both replicas', async () => {
    const [a, b] = replicas();
    const ask = async (replica: BotProcess, user: string) =>
      (await (
        await replica.send(slashCommand('How much do we pay the PEO?', slack.responseUrl(), { user_id: user }))
      ).json()) as Card;
    const pick = async (replica: BotProcess, user: string) => {
      const card = await ask(replica, user);
      const choice = buttons(card).find((button) => button.text.text === 'How do ASO fees work?');
      if (!choice) throw new Error(`no ASO fees choice on ${JSON.stringify(card.blocks)}`);
      await replica.send(
        blockAction({ actionId: choice.action_id, value: choice.value, responseUrl: slack.responseUrl(), user }),
      );
      await settle();
    };
    // Two people on one replica, the third on the other: each replica alone has seen too few.
    await pick(a, 'U0PICK001');
    await pick(a, 'U0PICK002');
    const isDidYouMean = (card: Card) =>
      buttons(card).some((button) => button.action_id.startsWith(ACTIONS.noneOfThese));
    expect(isDidYouMean(await ask(b, 'U0FOURTH1'))).toBe(true);
    await pick(b, 'U0PICK003');
    const answered = await ask(b, 'U0FOURTH1');
    expect(isDidYouMean(answered)).toBe(false);
    expect(answered.blocks[0]?.text?.text).toBe('How do ASO fees work?');
    expect(await query(databaseUrl(), 'SELECT count(*)::int AS n FROM learning_signals')).toEqual([{ n: 3 }]);
    // Nothing about people in the data folder: only the saved index of the FAQs.
    expect(readdirSync(dataDir).filter((name) => name !== 'index')).toEqual([]);
  }, 30_000);
});
