import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../src/runtime/logger';
import type { PostgresStore } from '../../src/store/postgres/postgres-store';
import { FakeSlack } from '../helpers/fake-slack';
import { unreachableStore } from '../helpers/postgres';
import { eventCallback, slashCommand } from '../helpers/slack-requests';
import { type RunningApp, startTestApp } from '../helpers/test-app';

const HR_ADMIN = 'U0HRADMIN';

describe("HR's figures with PostgreSQL unreachable", () => {
  const slack = new FakeSlack();
  let store: PostgresStore;
  let bot: RunningApp;

  beforeAll(async () => {
    await slack.start();
    store = unreachableStore(createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } }));
    bot = await startTestApp(slack, { LOG_LEVEL: 'error', HR_ADMINS: HR_ADMIN }, undefined, { state: store });
  }, 30_000);
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await slack.stop();
  });

  it('/hrfaq stats says the figures could not be read, within Slack’s 3 seconds', async () => {
    const started = Date.now();
    const response = await bot.send(slashCommand('stats', slack.responseUrl(), { user_id: HR_ADMIN }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(JSON.stringify(await response.json())).toContain("figures couldn't be read");
  });

  it('App Home shows HR the topics without the figures', async () => {
    await bot.send(eventCallback({ type: 'app_home_opened', user: HR_ADMIN, channel: 'D0HOME001', tab: 'home' }));
    const call = await slack.waitFor(() => slack.callsTo('views.publish')[0]);
    const view = JSON.stringify(call.body.view);
    expect(view).toContain('Topics');
    expect(view).not.toContain('This week');
  });
});
