import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { EventLog } from '../../src/analytics/event-log';
import { appEnvSchema } from '../../src/config/env';
import { FileLearningStore, LEARNING_FILE } from '../../src/learning/file-learning-store';
import { userHasher } from '../../src/learning/user-hash';
import { createLogger } from '../../src/runtime/logger';
import { createLearning } from '../../src/slack/bot-parts';
import { tempFolderEach } from '../helpers/temp-folder';

const user = (n: number) => n.toString(16).padStart(16, '0');

describe('FileLearningStore', () => {
  let dir: string;
  tempFolderEach('store', (folder) => {
    dir = folder;
  });

  const open = (limits = {}) => new FileLearningStore(dir, { minPeople: 3, limits });
  const pick = (store: FileLearningStore, question: string, faq: string, ...people: number[]) =>
    Promise.all(people.map((n) => store.record({ kind: 'pick', question, faq, user: user(n) })));

  // What every learning store must do is in learning-store-contract.test.ts; here, what only files do.

  it('stays bounded, forgetting undecided pairs before learned ones', async () => {
    const store = open({ maxEntries: 5, maxPeople: 4 });
    await pick(store, 'learned', 'faq-a', 1, 2, 3, 4, 5, 6);
    for (let n = 0; n < 10; n++) await pick(store, `noise ${n}`, 'faq-a', n);
    const saved = JSON.parse(readFileSync(path.join(dir, LEARNING_FILE), 'utf8'));
    expect(saved.entries).toHaveLength(5);
    expect(saved.entries[0]).toMatchObject({ question: 'learned', up: [user(3), user(4), user(5), user(6)] });
    expect(readdirSync(dir)).toEqual([LEARNING_FILE]); // written through a renamed temporary file
  });

  it('sets an unreadable file aside and starts empty', async () => {
    writeFileSync(path.join(dir, LEARNING_FILE), '{"version":1,"entries":[{"question":"<@U1>"');
    const problems: string[] = [];
    const store = new FileLearningStore(dir, { minPeople: 3, onProblem: (problem) => problems.push(problem) });
    expect((await store.list()).phrasings).toEqual([]);
    expect(problems[0]).toContain('set aside');
    expect(readdirSync(dir).some((name) => name.startsWith(`${LEARNING_FILE}.unreadable-`))).toBe(true);
  });
});

describe('userHasher', () => {
  it('hashes people exactly as the event log does', () => {
    const log = new EventLog(os.tmpdir(), createLogger({ level: LogLevel.ERROR }), 'a-salt-for-the-tests');
    expect(userHasher('a-salt-for-the-tests')('U0ASKER1')).toBe(log.hashUser('U0ASKER1'));
  });
});

describe('createLearning', () => {
  const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
  const env = (overrides: Record<string, string>) =>
    appEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', ...overrides });

  it('is off with LEARNING=off or ANALYTICS=off, and writes nothing then', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-learning-off-'));
    const dataDir = path.join(parent, 'data');
    try {
      expect(createLearning(env({ LEARNING: 'off', DATA_DIR: dataDir }), quiet)).toBeUndefined();
      expect(createLearning(env({ ANALYTICS: 'off', DATA_DIR: dataDir }), quiet)).toBeUndefined();
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('warns and answers without learning when DATA_DIR is unusable', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-learning-bad-'));
    const file = path.join(parent, 'a-file');
    writeFileSync(file, 'not a folder');
    const lines: string[] = [];
    const logger = createLogger({ level: LogLevel.WARN, destination: { write: (line) => lines.push(line) } });
    try {
      expect(createLearning(env({ DATA_DIR: file }), logger)).toBeUndefined();
      expect(lines.join('')).toContain('learning_unavailable');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
