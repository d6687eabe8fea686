import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { EventLog, eventFileFor, NO_EVENTS } from '../../src/analytics/event-log';
import { readEvents } from '../../src/analytics/read-events';
import { appEnvSchema } from '../../src/config/env';
import { createLogger } from '../../src/runtime/logger';
import { createBotParts } from '../../src/slack/bot-parts';
import { loadValid } from '../helpers/knowledge';

const logger = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const NOW = new Date('2026-11-20T10:00:00.000Z');

describe('EventLog', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-events-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const lines = () =>
    readFileSync(eventFileFor(directory, NOW), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('appends one JSON line per event, one file per day, creating the folder on demand', async () => {
    const nested = path.join(directory, 'deeper', 'data');
    const log = new EventLog(nested, logger, 'salt-salt-salt-salt', () => NOW);
    log.record({ kind: 'answered', surface: 'command', faq: 'peo-vs-aso', score: 1, band: 'answer' });
    await log.flush();
    expect(readFileSync(path.join(nested, 'events-2026-11-20.jsonl'), 'utf8')).toBe(
      '{"time":"2026-11-20T10:00:00.000Z","kind":"answered","surface":"command","faq":"peo-vs-aso","score":1,"band":"answer"}\n',
    );
  });

  it('keeps question text only for no-match and did-you-mean', async () => {
    const log = new EventLog(directory, logger, 'salt-salt-salt-salt', () => NOW);
    log.record({ kind: 'answered', surface: 'dm', faq: 'peo-vs-aso', question: 'my private question' });
    log.record({ kind: 'no-match', surface: 'command', question: 'when is payday\n  really' });
    log.record({ kind: 'did-you-mean', surface: 'button', faq: 'aso-fees', question: 'aso cost' });
    log.record({ kind: 'escalated', surface: 'button', question: 'should not be kept' });
    await log.flush();
    const [answered, noMatch, picked, escalated] = lines();
    expect(answered?.question).toBeUndefined();
    expect(noMatch?.question).toBe('when is payday really');
    expect(picked?.question).toBe('aso cost');
    expect(escalated?.question).toBeUndefined();
  });

  it('stores user ids only as salted hashes', async () => {
    const log = new EventLog(directory, logger, 'salt-one-salt-one', () => NOW);
    log.record({ kind: 'feedback', surface: 'button', faq: 'aso-fees', vote: 'down', userId: 'U0SECRET1' });
    await log.flush();
    const raw = readFileSync(eventFileFor(directory, NOW), 'utf8');
    expect(raw).not.toContain('U0SECRET1');
    expect(lines()[0]?.user).toBe(log.hashUser('U0SECRET1'));
    expect(new EventLog(directory, logger, 'another-salt-entirely').hashUser('U0SECRET1')).not.toBe(
      log.hashUser('U0SECRET1'),
    );
  });

  it('makes and keeps a private salt when none is configured', () => {
    const first = new EventLog(directory, logger).hashUser('U1');
    const salt = path.join(directory, '.salt');
    expect(existsSync(salt)).toBe(true);
    expect(statSync(salt).mode & 0o077).toBe(0);
    expect(new EventLog(directory, logger).hashUser('U1')).toBe(first);
  });

  it('replaces an empty or truncated salt file instead of hashing with it', () => {
    require('node:fs').writeFileSync(path.join(directory, '.salt'), '  \n');
    const log = new EventLog(directory, logger);
    const salt = readFileSync(path.join(directory, '.salt'), 'utf8').trim();
    expect(salt.length).toBeGreaterThanOrEqual(16);
    expect(log.hashUser('U1')).toBe(new EventLog(directory, logger).hashUser('U1'));
  });

  it('caps long questions', async () => {
    const log = new EventLog(directory, logger, 'salt-salt-salt-salt', () => NOW);
    log.record({ kind: 'no-match', surface: 'mention', question: 'x'.repeat(5000) });
    await log.flush();
    expect(String(lines()[0]?.question)).toHaveLength(300);
  });

  it('logs a write failure instead of throwing', async () => {
    const failures: string[] = [];
    const noisy = createLogger({ level: LogLevel.ERROR, destination: { write: (line) => failures.push(line) } });
    const blocked = path.join(directory, 'file-not-folder');
    require('node:fs').writeFileSync(blocked, 'x');
    const log = new EventLog(path.join(blocked, 'sub'), noisy, 'salt-salt-salt-salt');
    expect(() => log.record({ kind: 'answered', surface: 'dm' })).not.toThrow();
    await log.flush();
    expect(failures.join('')).toContain('analytics_write_failed');
  });

  it('never interleaves lines, even with several processes appending at once', async () => {
    const entry = path.join(__dirname, '..', '..', 'dist', 'analytics', 'event-log.js');
    const script = `
      const { EventLog } = require(${JSON.stringify(entry)});
      const log = new EventLog(process.argv[1], { error: (...a) => console.error(...a) }, 'salt-salt-salt-salt');
      for (let i = 0; i < 400; i++) log.record({ kind: 'no-match', surface: 'dm', question: process.argv[2] + ' ' + 'q'.repeat(i % 280) });
      log.flush();
    `;
    const children = ['alpha', 'bravo', 'charlie'].map(
      (name) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, ['-e', script, directory, name]).on('exit', resolve),
        ),
    );
    expect(await Promise.all(children)).toEqual([0, 0, 0]);
    const { events, skipped } = readEvents(directory, new Date(0));
    expect(skipped).toEqual([]);
    expect(events).toHaveLength(1200);
  }, 30_000);
});

describe('ANALYTICS=off', () => {
  it('records nothing: no event log, no salt, not even the data folder', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-off-'));
    const dataDir = path.join(parent, 'data');
    try {
      const env = appEnvSchema.parse({
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_APP_TOKEN: 'xapp-test',
        ANALYTICS: 'off',
        DATA_DIR: dataDir,
      });
      const { events } = createBotParts(env, loadValid(env.KNOWLEDGE_DIR));
      expect(events).toBe(NO_EVENTS);
      events.record({ kind: 'no-match', surface: 'dm', question: 'anything', userId: 'U0ASKER1' });
      await events.flush();
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
