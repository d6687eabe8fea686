import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIONS } from '../../src/blocks/action-ids';
import { type BotProcess, startReplicas } from '../helpers/bot-process';
import { FakeSlack } from '../helpers/fake-slack';
import { freshDatabase, query } from '../helpers/postgres';
import { BOT_TOKEN, blockAction, SIGNING_SECRET, slashCommand } from '../helpers/slack-requests';

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
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('two replicas learning together in one PostgreSQL database', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-replicas-learning-'));
  let databaseUrl = '';
  let replicas: BotProcess[] = [];

  beforeAll(async () => {
    await slack.start();
    databaseUrl = await freshDatabase();
    replicas = await startReplicas({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('learns a phrasing from picks made on both replicas', async () => {
    const [a, b] = replicas as [BotProcess, BotProcess];
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
    expect(await query(databaseUrl, 'SELECT count(*)::int AS n FROM learning_signals')).toEqual([{ n: 3 }]);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 30_000);
});
