import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureOutput, freePort, until } from './helpers/bot-process';
import { FakeSlack } from './helpers/fake-slack';
import { fixtureKnowledge } from './helpers/paths';
import { BOT_TOKEN, eventCallback, SIGNING_SECRET, signatureHeaders, slashCommand } from './helpers/slack-requests';

const ENTRY = path.join(__dirname, '..', 'dist', 'app.js');

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs the built bot as `npm start` would, in HTTP mode, against the fake Slack. */
function runBot(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [ENTRY], {
    cwd: __dirname, // no .env here
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { out, err } = captureOutput(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: out, stderr: err, exited };
}

describe('the bot as a process (npm start)', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-app-'));
  beforeAll(() => slack.start());
  afterAll(async () => {
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => slack.reset());

  const baseEnv = () => ({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
  });

  it('serves HTTP, then on SIGTERM stops accepting, finishes what is in flight, and exits 0 within 10 s', async () => {
    const port = await freePort();
    const bot = runBot({ ...baseEnv(), PORT: String(port) });
    try {
      await until(() => bot.stdout().includes('"event":"started"'), 20_000, 'start-up');
      const started = bot
        .stdout()
        .split('\n')
        .find((line) => line.includes('"event":"started"'));
      expect(JSON.parse(started ?? '{}')).toEqual(
        expect.objectContaining({ faqs: 13, startupMs: expect.any(Number), mode: 'http' }),
      );
      // Answers are converted to Slack mrkdwn after start-up, in the background.
      await until(() => bot.stdout().includes('"event":"answers_rendered"'), 20_000, 'answers converted');
      const url = `http://127.0.0.1:${port}/slack/events`;
      const command = slashCommand('peo vs aso', slack.responseUrl());
      const answered = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': command.contentType, ...signatureHeaders(command.body) },
        body: command.body,
      });
      expect(answered.status).toBe(200);

      // A mention whose reply is slow to post is still in flight when the signal arrives.
      slack.delay('chat.postMessage', 1500);
      const mention = eventCallback({
        type: 'app_mention',
        user: 'U0ASKER1',
        text: '<@UBOT0001> rag',
        ts: '1700000000.001000',
        channel: 'C0GENERAL',
      });
      const acked = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': mention.contentType, ...signatureHeaders(mention.body) },
        body: mention.body,
      });
      expect(acked.status).toBe(200);
      const signalled = Date.now();
      bot.child.kill('SIGTERM');

      await until(() => bot.stdout().includes('"event":"shutdown_started"'), 5000, 'shutdown to start');
      await expect(fetch(url, { method: 'POST', body: 'x' })).rejects.toThrow();
      const code = await bot.exited;
      expect(code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(bot.stdout()).toContain('"event":"shutdown_complete","drained":true');
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 40_000);

  it('shuts down gracefully when its parent goes away (npm start stopped by a process manager)', async () => {
    const port = await freePort();
    const wrapper = spawn('sh', ['-c', `"${process.execPath}" "${ENTRY}"; true`], {
      cwd: __dirname,
      env: { PATH: process.env.PATH ?? '', ...baseEnv(), PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    wrapper.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    try {
      await until(() => out.includes('"event":"started"'), 20_000, 'start-up');
      wrapper.kill('SIGKILL'); // the shell dies without passing anything on, like npm does
      await until(() => out.includes('"event":"shutdown_complete"'), 10_000, 'shutdown after the parent left');
      expect(out).toContain('"signal":"parent exited"');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow(); // it stopped serving
    } finally {
      try {
        process.kill(-(wrapper.pid ?? 0), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 40_000);

  it('refuses to start with an invalid knowledge base, listing the problems', async () => {
    const bot = runBot({ ...baseEnv(), PORT: String(await freePort()), KNOWLEDGE_DIR: fixtureKnowledge('broken') });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain("won't start with a knowledge base that has problems (12)");
    expect(bot.stderr()).toMatch(/unknown-key\.md:4: unknown key "realted"/);
    expect(slack.calls).toEqual([]);
  }, 30_000);

  it('says plainly when Slack rejects the token', async () => {
    slack.answer('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const bot = runBot({ ...baseEnv(), PORT: String(await freePort()) });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(bot.stderr()).not.toContain(BOT_TOKEN);
  }, 30_000);
});
