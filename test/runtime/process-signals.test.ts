import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIONS } from '../../src/blocks/action-ids';
import { captureOutput, freePort, until } from '../helpers/bot-process';
import { FakeSlack } from '../helpers/fake-slack';
import {
  BOT_TOKEN,
  blockAction,
  SIGNING_SECRET,
  type SignedRequest,
  signatureHeaders,
  slashCommand,
} from '../helpers/slack-requests';

const ROOT = path.join(__dirname, '..', '..');
const HR_CHANNEL = 'C0HRTEAM1';

interface Started {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  url: string;
  send: (request: SignedRequest) => Promise<Response>;
  killGroup: (signal: NodeJS.Signals) => void;
}

/** Starts the bot exactly as a new user does, `npm start`, in a process group of its own. */
async function npmStart(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const { out, err } = captureOutput(child);
  // Every process in the group has ended once stdout closes (the bot holds it too, not just npm).
  const exited = new Promise<number | null>((resolve) => child.stdout?.on('close', () => resolve(child.exitCode)));
  const url = `http://127.0.0.1:${port}/slack/events`;
  await until(() => out().includes('"event":"started"') || child.exitCode !== null, 30_000, 'start-up');
  return {
    child,
    out,
    err,
    exited,
    url,
    send: (request) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': request.contentType, ...signatureHeaders(request.body) },
        body: request.body,
      }),
    killGroup: (signal) => {
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        // already gone
      }
    },
  };
}

describe('real signals to real processes', () => {
  const slack = new FakeSlack();
  let sandbox: string;
  let running: Started | undefined;
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());
  beforeEach(() => {
    slack.reset();
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-signals-'));
  });
  afterEach(() => {
    running?.killGroup('SIGKILL');
    running = undefined;
    rmSync(sandbox, { recursive: true, force: true });
  });

  const baseEnv = () => ({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: 'info',
    HR_CHANNEL_ID: HR_CHANNEL,
    DATA_DIR: path.join(sandbox, 'data'),
    // Not the project's own .env, which holds the settings of whoever runs the tests.
    DOTENV_CONFIG_PATH: path.join(sandbox, 'none.env'),
  });

  const askHrClick = (index: number) =>
    blockAction({
      actionId: `${ACTIONS.askHr}:0`,
      value: JSON.stringify({ q: `when is payday number ${index}` }),
      responseUrl: slack.responseUrl(`ask-${index}`),
      user: `U0PERSON${String(index).padStart(2, '0')}`,
    });

  it('delivers all 20 Ask HR clicks acknowledged before a process-group SIGTERM to npm start', async () => {
    running = await npmStart(baseEnv());
    const bot = running;
    slack.delay('chat.postMessage', 1500);
    const acks = await Promise.all(Array.from({ length: 20 }, (_, index) => bot.send(askHrClick(index))));
    expect(acks.map((response) => response.status)).toEqual(Array(20).fill(200));
    bot.killGroup('SIGTERM'); // what systemd, `kill -- -PGID` and Ctrl-C do
    await bot.exited;
    const toHr = slack.callsTo('chat.postMessage').filter((call) => call.body.channel === HR_CHANNEL);
    expect(toHr).toHaveLength(20);
    expect(bot.out()).toContain('"event":"shutdown_complete","drained":true');
    expect(bot.out()).not.toContain('shutdown_forced');
  }, 60_000);

  it('starts and answers with DATA_DIR pointing at a file, warning that it records nothing', async () => {
    const file = path.join(sandbox, 'not-a-folder');
    writeFileSync(file, 'x');
    running = await npmStart({ ...baseEnv(), DATA_DIR: file });
    expect(running.out()).toContain('"event":"analytics_unavailable"');
    const response = await running.send(slashCommand('peo vs aso', slack.responseUrl()));
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('PEO');
  }, 60_000);

  it('exits at the deadline when the data disk hangs, saying what was left undone', async () => {
    // A FIFO with no reader stands in for a hung NFS mount: a write to it never returns.
    const data = path.join(sandbox, 'data');
    running = await npmStart({ ...baseEnv(), DATA_DIR: data, SHUTDOWN_DEADLINE_MS: '2000' });
    const today = path.join(data, `events-${new Date().toISOString().slice(0, 10)}.jsonl`);
    rmSync(today, { force: true });
    execFileSync('mkfifo', [today]);
    const bot = running;
    for (let index = 0; index < 3; index++) await bot.send(slashCommand('peo vs aso', slack.responseUrl()));
    const signalled = Date.now();
    bot.killGroup('SIGTERM');
    await bot.exited;
    expect(Date.now() - signalled).toBeLessThan(6000);
    expect(bot.out()).toContain('"event":"shutdown_deadline"');
  }, 60_000);
});
