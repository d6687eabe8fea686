import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { JsonLogger } from '../../src/runtime/json-logger';
import { watchKnowledge } from '../../src/runtime/knowledge-watcher';
import { KnowledgeStore } from '../../src/service/knowledge-store';
import { loadValid } from '../helpers/knowledge';

const waitFor = async <T>(predicate: () => T | undefined | false, timeoutMs = 4000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('live knowledge reload', () => {
  let directory: string;
  let lines: Array<Record<string, unknown>>;
  let reloads: KnowledgeBase[];
  let watcher: { close: () => void };
  let store: KnowledgeStore;

  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-watch-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
    lines = [];
    reloads = [];
    store = new KnowledgeStore(loadValid(directory), { feedback: false });
    const logger = new JsonLogger({ level: LogLevel.INFO, write: (line) => lines.push(JSON.parse(line)) });
    watcher = watchKnowledge({
      directory,
      logger,
      debounceMs: 50,
      onReload: (kb) => {
        reloads.push(kb);
        store.replace(kb);
      },
    });
  });
  afterEach(() => {
    watcher.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('puts a valid edit live without a restart, after the burst of file events settles', async () => {
    const file = path.join(directory, 'hr-outsourcing', 'pto-basics.md');
    writeFileSync(file, '---\nquestion: What is a sabbatical?\ncategory: Leave\n---\nA long break from work.\n');
    writeFileSync(
      file,
      '---\nquestion: What is a sabbatical leave?\ncategory: Leave\n---\nA long, planned break from work.\n',
    );
    await waitFor(() => reloads.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reloads).toHaveLength(1);
    expect(store.service.kb.get('pto-basics')?.question).toBe('What is a sabbatical leave?');
    expect(store.service.matcher.match('sabbatical').match?.faq.id).toBe('pto-basics');
    expect(lines.find((line) => line.event === 'knowledge_reloaded')).toMatchObject({ faqs: 14 });
  });

  it('keeps serving the last good knowledge base after an invalid edit, and logs its problems', async () => {
    const before = store.service;
    writeFileSync(path.join(directory, 'broken.md'), '---\nquestion: Broken?\nrealted: [x]\n---\n');
    const rejected = await waitFor(() => lines.find((line) => line.event === 'knowledge_reload_rejected'));
    expect(reloads).toEqual([]);
    expect(store.service).toBe(before);
    expect(store.service.matcher.match('peo vs aso').match?.faq.id).toBe('peo-vs-aso');
    expect(rejected.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/broken\.md:3: unknown key "realted"/),
        expect.stringMatching(/broken\.md:2: category is missing/),
      ]),
    );
  });

  it('picks up a fix after a broken edit', async () => {
    const file = path.join(directory, 'broken.md');
    writeFileSync(file, '---\nquestion: Broken?\n---\n');
    await waitFor(() => lines.find((line) => line.event === 'knowledge_reload_rejected'));
    writeFileSync(file, '---\nquestion: What is a sabbatical?\ncategory: Leave\n---\nA long break.\n');
    await waitFor(() => reloads.length > 0);
    expect(store.service.kb.get('broken')?.question).toBe('What is a sabbatical?');
  });
});
