import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ACTIONS } from '../../src/blocks/action-ids';
import { settle, useReplicas } from '../helpers/replicas';
import { blockAction, eventCallback, slashCommand } from '../helpers/slack-requests';

interface Button {
  action_id: string;
  value: string;
}

function button(message: { blocks?: unknown }, action: string): Button {
  const found = ((message.blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
    .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
    .find((candidate) => candidate.action_id.startsWith(action));
  if (!found) throw new Error(`no ${action} button in ${JSON.stringify(message.blocks)}`);
  return found;
}

describe('two replicas sharing one PostgreSQL database', () => {
  const { slack, dataDir, replicas, databaseUrl } = useReplicas('replicas', { HR_CHANNEL_ID: 'C0HRTEAM1' });
  beforeEach(() => slack.reset());

  it('answers an event retried to the other replica once', async () => {
    const [a, b] = replicas();
    const mention = eventCallback({
      type: 'app_mention',
      user: 'U0ASKER1',
      text: '<@UBOT0001> peo vs aso',
      ts: '1700000000.500000',
      channel: 'C0GENERAL',
    });
    expect((await a.send(mention)).status).toBe(200);
    await slack.waitFor(() => slack.callsTo('chat.postMessage')[0]);
    const retried = await b.send(mention, { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' });
    expect(retried.status).toBe(200);
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(b.stdout()).toContain('"event":"duplicate_event_dropped"');
  }, 20_000);

  it('posts an Ask HR question clicked on both replicas once', async () => {
    const [a, b] = replicas();
    const card = (await (await a.send(slashCommand('where do I park my bike', slack.responseUrl('card')))).json()) as {
      blocks: unknown;
    };
    const ask = button(card, ACTIONS.askHr);
    const click = (id: string) =>
      blockAction({ actionId: ask.action_id, value: ask.value, responseUrl: slack.responseUrl(id), user: 'U0ALICE01' });
    const acks = await Promise.all([a.send(click('a')), b.send(click('b'))]);
    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);
    await slack.waitFor(() => slack.responses.filter((response) => response.path.startsWith('/response/')).length >= 2);
    await settle();
    const posts = slack.callsTo('chat.postMessage').filter((call) => call.body.channel === 'C0HRTEAM1');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(slack.responses)).toContain('Already sent');
  }, 20_000);

  it('puts the questions and votes sent to both replicas in one report, each last vote once', async () => {
    const [a, b] = replicas();
    const answered = (await (await a.send(slashCommand('peo vs aso', slack.responseUrl('q1')))).json()) as {
      blocks: unknown;
    };
    await b.send(slashCommand('peo vs aso', slack.responseUrl('q2')));
    await b.send(slashCommand('what is a rocket sandwich', slack.responseUrl('q3')));
    const vote = (action: string, user: string) => {
      const pressed = button(answered, action);
      return blockAction({
        actionId: pressed.action_id,
        value: pressed.value,
        responseUrl: slack.responseUrl('v'),
        user,
      });
    };
    // Alice changes her mind on the other replica: only her 👍 counts. Bob votes 👎 once.
    await a.send(vote(ACTIONS.feedbackDown, 'U0ALICE01'));
    await settle();
    await b.send(vote(ACTIONS.feedbackUp, 'U0ALICE01'));
    await a.send(vote(ACTIONS.feedbackDown, 'U0BOB0001'));
    await settle();
    // Stopping flushes what each replica buffered.
    expect(await Promise.all(replicas().map((replica) => replica.stop()))).toEqual([0, 0]);

    const report = spawnSync('npm', ['run', '--silent', 'report', '--', '--json'], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, DATABASE_URL: databaseUrl(), DATA_DIR: dataDir, KNOWLEDGE_DIR: '' },
      encoding: 'utf8',
    });
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    const data = JSON.parse(report.stdout);
    expect(data.feedback).toEqual([{ faq: 'peo-vs-aso', up: 1, down: 1, downRate: 0.5 }]);
    expect(data.unanswered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ question: 'what is a rocket sandwich', count: 1 }),
        expect.objectContaining({ question: 'where do I park my bike', count: 1 }),
      ]),
    );
    expect(data.escalations).toBe(1);
    // Three commands here, one in the Ask HR test, one mention (its retry not counted).
    expect(data.volume.bySurface).toMatchObject({ command: 4, mention: 1 });
    expect(JSON.stringify(data)).not.toMatch(/U0ALICE01|U0BOB0001/);
  }, 40_000);
});
