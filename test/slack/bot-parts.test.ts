import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { appEnvSchema } from '../../src/config/env';
import { startingMatcher } from '../../src/slack/bot-parts';
import { loadValid } from '../helpers/knowledge';
import { captureLogs } from '../helpers/logs';
import { tempFolderEach } from '../helpers/temp-folder';

describe('startingMatcher', () => {
  let dataDir: string;
  tempFolderEach('start', (folder) => {
    dataDir = folder;
  });

  const envWith = (extra: Record<string, string>) =>
    appEnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', DATA_DIR: dataDir, ...extra });

  it('builds and saves the index on the first start, and reads it on the next', () => {
    const kb = loadValid();
    const first = captureLogs();
    startingMatcher(envWith({}), kb, first.logger);
    expect(first.events('index_built')).toEqual([
      expect.objectContaining({ level: 'info', faqs: kb.faqs.length, saved: true, ms: expect.any(Number) }),
    ]);
    const next = captureLogs();
    const matcher = startingMatcher(envWith({}), kb, next.logger);
    expect(next.events('index_read')).toEqual([expect.objectContaining({ faqs: kb.faqs.length })]);
    expect(next.events('index_problem')).toEqual([]);
    expect(matcher.match('peo vs aso').band).toBe('answer');
  });

  it('with INDEX_DIR=off, builds every time and saves nothing', () => {
    const logs = captureLogs();
    startingMatcher(envWith({ INDEX_DIR: 'off' }), loadValid(), logs.logger);
    startingMatcher(envWith({ INDEX_DIR: 'off' }), loadValid(), logs.logger);
    expect(logs.events('index_built')).toHaveLength(2);
    expect(logs.events('index_built')[0]).not.toHaveProperty('saved');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('warns, once, when the index cannot be saved, and answers all the same', () => {
    const inTheWay = path.join(dataDir, 'not-a-folder');
    writeFileSync(inTheWay, 'a file');
    const logs = captureLogs(LogLevel.WARN);
    const matcher = startingMatcher(envWith({ INDEX_DIR: inTheWay }), loadValid(), logs.logger);
    expect(logs.events('index_problem')).toEqual([
      expect.objectContaining({ level: 'warn', note: expect.stringMatching(/could not be saved in .*not-a-folder/) }),
    ]);
    expect(matcher.match('peo vs aso').band).toBe('answer');
  });
});
