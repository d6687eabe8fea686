import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { EventLog, eventFileFor, NO_EVENTS, openEventLog } from '../../src/analytics/event-log';
import { readEvents } from '../../src/analytics/read-events';
import { appEnvSchema } from '../../src/config/env';
import { createLogger } from '../../src/runtime/logger';
import { createBotParts } from '../../src/slack/bot-parts';
import { loadValid } from '../helpers/knowledge';
import { tempFolderEach } from '../helpers/temp-folder';

const logger = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
const NOW = new Date('2026-11-20T10:00:00.000Z');

describe('EventLog', () => {
  let directory: string;
  tempFolderEach('events', (folder) => {
    directory = folder;
  });

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

  it('starts a new line after a torn one, so the torn line costs only itself', async () => {
    const file = eventFileFor(directory, NOW);
    require('node:fs').writeFileSync(file, '{"time":"2026-11-20T09:00:00.000Z","kind":"answ');
    const log = new EventLog(directory, logger, 'salt-salt-salt-salt', () => NOW);
    log.record({ kind: 'answered', surface: 'dm' });
    await log.flush();
    const { events, skipped } = readEvents(directory, new Date(0));
    expect(events).toHaveLength(1);
    expect(skipped).toHaveLength(1);
  });

  it('writes many lines per append and keeps up with a burst', async () => {
    const log = new EventLog(directory, logger, 'salt-salt-salt-salt', () => NOW);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) log.record({ kind: 'answered', surface: 'command', faq: 'peo-vs-aso' });
    await log.flush();
    expect(lines()).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('holds a bounded number of lines: past it, it counts and drops, and logs the count once', async () => {
    const warnings: Array<Record<string, unknown>> = [];
    const watched = createLogger({
      level: LogLevel.WARN,
      destination: { write: (line) => warnings.push(JSON.parse(line)) },
    });
    const log = new EventLog(directory, watched, 'salt-salt-salt-salt', () => NOW, { maxBuffered: 10 });
    for (let i = 0; i < 25; i++) log.record({ kind: 'answered', surface: 'dm' });
    expect(log.pending).toBe(10);
    await log.flush();
    expect(lines()).toHaveLength(10);
    const dropped = warnings.filter((line) => line.event === 'analytics_dropped');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.dropped).toBe(15);
  });

  it('logs write failures at most once a minute, with how many events were lost', async () => {
    const failures: Array<Record<string, unknown>> = [];
    const noisy = createLogger({
      level: LogLevel.ERROR,
      destination: { write: (line) => failures.push(JSON.parse(line)) },
    });
    const blocked = path.join(directory, 'file-not-folder');
    require('node:fs').writeFileSync(blocked, 'x');
    const log = new EventLog(path.join(blocked, 'sub'), noisy, 'salt-salt-salt-salt');
    for (let i = 0; i < 5; i++) {
      log.record({ kind: 'answered', surface: 'dm' });
      await log.flush();
    }
    expect(failures.filter((line) => line.event === 'analytics_write_failed')).toHaveLength(1);
    expect(failures[0]?.lost).toBe(1);
  });

  it('is replaced by a warning, not a crash, when DATA_DIR is unusable', () => {
    const warnings: string[] = [];
    const watched = createLogger({ level: LogLevel.WARN, destination: { write: (line) => warnings.push(line) } });
    const blocked = path.join(directory, 'a-file');
    require('node:fs').writeFileSync(blocked, 'x');
    expect(openEventLog(blocked, watched)).toBe(NO_EVENTS);
    expect(warnings.join('')).toContain('analytics_unavailable');
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
  it('records nothing: no event log, no salt; the data folder holds only the saved index of the FAQs', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-off-'));
    const dataDir = path.join(parent, 'data');
    try {
      const env = appEnvSchema.parse({
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_APP_TOKEN: 'xapp-test',
        ANALYTICS: 'off',
        DATA_DIR: dataDir,
        // (the bot's own logger writes to stdout: its start-up lines have no place in the test output)
        LOG_LEVEL: 'error',
      });
      const { events } = createBotParts(env, loadValid(env.KNOWLEDGE_DIR)).state;
      expect(events).toBe(NO_EVENTS);
      events.record({ kind: 'no-match', surface: 'dm', question: 'anything', userId: 'U0ASKER1' });
      await events.flush();
      expect(readdirSync(dataDir)).toEqual(['index']);
      expect(readdirSync(path.join(dataDir, 'index'))).toEqual([expect.stringMatching(/^index-[0-9a-f]{32}\.json$/)]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
