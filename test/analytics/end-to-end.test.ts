import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ACTIONS } from '../../src/blocks/action-ids';
import { blockAction, eventCallback, slashCommand } from '../helpers/slack-requests';
import { useTempEventLog } from '../helpers/temp-event-log';
import { useTestBot } from '../helpers/test-app';

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The buttons of a message, as the user would see them. */
function buttonsOf(message: { blocks?: unknown }): Button[] {
  return ((message.blocks ?? []) as Array<{ type: string; elements?: Button[] }>).flatMap((block) =>
    block.type === 'actions' ? (block.elements ?? []) : [],
  );
}

function button(message: { blocks?: unknown }, action: string): Button {
  const found = buttonsOf(message).find((candidate) => candidate.action_id.startsWith(action));
  if (!found) throw new Error(`no ${action} button in ${JSON.stringify(message.blocks)}`);
  return found;
}

describe('feedback, escalation and the gap report, end to end over HTTP', () => {
  const log = useTempEventLog('e2e');
  const harness = useTestBot({ env: { HR_CHANNEL_ID: 'C0HRTEAM1' }, events: () => log.events });
  const { slack } = harness;

  it('records a no-match, a did-you-mean pick, a 👎 and an Ask HR post, and the report shows each', async () => {
    // 1. A question nobody can answer, asked in public.
    await harness.bot.send(
      eventCallback({
        type: 'app_mention',
        user: 'U0ALICE01',
        text: '<@UBOT0001> where do I park my bike',
        ts: '1700000000.300000',
        channel: 'C0GENERAL',
      }),
    );
    const noMatchCard = (await slack.waitFor(() => slack.callsTo('chat.postMessage')[0])).body;
    expect(JSON.stringify(noMatchCard.blocks)).toContain("I don't have an answer");

    // 2. A close call, resolved by picking a suggestion.
    const unsure = (await (
      await harness.bot.send(slashCommand('co-employment peo', slack.responseUrl('dym')))
    ).json()) as { blocks: unknown };
    const pick = button(unsure, ACTIONS.openFaq);
    await harness.bot.send(
      blockAction({
        actionId: pick.action_id,
        value: pick.value,
        responseUrl: slack.responseUrl('dym'),
        user: 'U0BOB0001',
      }),
    );
    const pickedCard = (
      await slack.waitFor(() => slack.responses.find((response) => response.path === '/response/dym'))
    ).body;
    expect(JSON.stringify(pickedCard.blocks)).toContain('What is co-employment?');

    // 3. A thumbs-down on the answer they got.
    const down = button(pickedCard, ACTIONS.feedbackDown);
    await harness.bot.send(
      blockAction({
        actionId: down.action_id,
        value: down.value,
        responseUrl: slack.responseUrl('vote'),
        user: 'U0BOB0001',
      }),
    );
    await slack.waitFor(() => slack.responses.find((response) => response.path === '/response/vote'));

    // 4. "Ask HR" from the public no-match card, in the mention's thread.
    const ask = button(noMatchCard, ACTIONS.askHr);
    await harness.bot.send(
      blockAction({
        actionId: ask.action_id,
        value: ask.value,
        responseUrl: slack.responseUrl('ask'),
        container: 'message',
        channel: 'C0GENERAL',
        messageTs: '1700000000.300500',
        threadTs: '1700000000.300000',
        user: 'U0ALICE01',
      }),
    );
    const hrPost = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((call) => call.body.channel === 'C0HRTEAM1'),
    );
    expect(JSON.stringify(hrPost.body)).toContain('<@U0ALICE01> asked HR');
    expect(JSON.stringify(hrPost.body)).toContain('where do I park my bike');
    expect(JSON.stringify(hrPost.body)).toContain('Original message');
    // Every handler has finished (the escalation is logged after HR's post returns), and its events are on disk.
    await harness.bot.idle();
    await log.events.flush();

    // 5. The report, as HR would run it.
    const report = spawnSync('npm', ['run', '--silent', 'report', '--', '--json'], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, DATA_DIR: log.dataDir, KNOWLEDGE_DIR: '' },
      encoding: 'utf8',
    });
    expect(report.status).toBe(0);
    const data = JSON.parse(report.stdout);
    expect(data.unanswered).toEqual([expect.objectContaining({ question: 'where do I park my bike', count: 1 })]);
    expect(data.suggestedAlternates).toEqual([
      expect.objectContaining({
        question: 'co-employment peo',
        faq: 'what-is-co-employment',
        count: 1,
      }),
    ]);
    expect(data.feedback).toEqual([{ faq: 'what-is-co-employment', up: 0, down: 1, downRate: 1 }]);
    expect(data.escalations).toBe(1);
    expect(data.volume.bySurface).toMatchObject({ mention: 1, command: 1 });
    expect(data.skippedLines).toBe(0);
    // The log holds no raw user ids.
    expect(JSON.stringify(data)).not.toMatch(/U0ALICE01|U0BOB0001/);
  }, 60_000);
});
