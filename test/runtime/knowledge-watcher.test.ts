import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { watchKnowledge } from '../../src/runtime/knowledge-watcher';
import { KnowledgeStore } from '../../src/service/knowledge-store';
import { loadValid } from '../helpers/knowledge';
import { captureLogs } from '../helpers/logs';

const waitFor = async <T>(predicate: () => T | undefined | false, timeoutMs = 12_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

// Reloads rebuild the matcher and the watcher re-arms on a 2 s poll: on a busy 2-core machine that takes a while.
jest.setTimeout(30_000);

describe('live knowledge reload', () => {
  let sandbox: string;
  let directory: string;
  let lines: Array<Record<string, unknown>>;
  let reloads: KnowledgeBase[];
  let watcher: ReturnType<typeof watchKnowledge>;
  let store: KnowledgeStore;
  let logger: ReturnType<typeof captureLogs>['logger'];
  /**
   * Watches a folder as the bot does, quickly, serving each reload and recording it once it is served (its
   * matcher is built in slices, after the reload itself).
   */
  const watch = (folder: string) =>
    watchKnowledge({
      directory: folder,
      logger,
      debounceMs: 50,
      checkEveryMs: 200,
      onReload: (kb) => {
        void store.replace(kb).then(() => reloads.push(kb));
      },
    });

  beforeEach(async () => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-watch-'));
    directory = path.join(sandbox, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
    reloads = [];
    store = new KnowledgeStore(loadValid(directory), { feedback: false });
    ({ lines, logger } = captureLogs());
    watcher = watch(directory);
    await watcher.ready;
  });
  afterEach(() => {
    watcher.close();
    rmSync(sandbox, { recursive: true, force: true });
  });

  const SABBATICAL = '---\nquestion: What is a sabbatical?\ncategory: Leave\n---\nA long break.\n';

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
    expect(store.service.matcher.match('what is a sabbatical leave').match?.faq.id).toBe('pto-basics');
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

  it('survives the folder being deleted, and reloads when it is recreated', async () => {
    rmSync(directory, { recursive: true, force: true });
    await waitFor(() => lines.find((line) => line.event === 'knowledge_reload_rejected'));
    expect(store.service.matcher.match('peo vs aso').match?.faq.id).toBe('peo-vs-aso');
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
    writeFileSync(path.join(directory, 'sabbatical.md'), SABBATICAL);
    await waitFor(() => store.service.kb.get('sabbatical'));
    // …and keeps watching the new folder.
    writeFileSync(path.join(directory, 'sabbatical.md'), SABBATICAL.replace('A long break.', 'A longer break.'));
    await waitFor(() => store.service.kb.get('sabbatical')?.answer.includes('longer'));
  });

  it('follows a folder swapped in by a rename', async () => {
    const next = path.join(sandbox, 'knowledge.next');
    cpSync(DEFAULT_KNOWLEDGE_DIR, next, { recursive: true });
    writeFileSync(path.join(next, 'sabbatical.md'), SABBATICAL);
    renameSync(directory, path.join(sandbox, 'knowledge.old'));
    renameSync(next, directory);
    await waitFor(() => store.service.kb.get('sabbatical'));
  });

  it('notices a ConfigMap-style swap of the ..data symlink', async () => {
    // Kubernetes mounts a ConfigMap as files that link through ..data to a timestamped folder, and updates
    // it by pointing ..data at a new folder. (Whether symlinked files load is the loader's business.)
    watcher.close();
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(path.join(directory, '..v1'), { recursive: true });
    writeFileSync(path.join(directory, '..v1', 'sabbatical.md'), SABBATICAL);
    symlinkSync('..v1', path.join(directory, '..data'));
    symlinkSync(path.join('..data', 'sabbatical.md'), path.join(directory, 'sabbatical.md'));
    const attempts = () => lines.filter((line) => /^knowledge_reload/.test(String(line.event))).length;
    watcher = watchKnowledge({ directory, logger, debounceMs: 50, onReload: (kb) => store.replace(kb) });
    await watcher.ready;
    const before = attempts();
    mkdirSync(path.join(directory, '..v2'));
    writeFileSync(path.join(directory, '..v2', 'sabbatical.md'), SABBATICAL.replace('A long break.', 'Longer.'));
    symlinkSync('..v2', path.join(directory, '..data_tmp'));
    renameSync(path.join(directory, '..data_tmp'), path.join(directory, '..data'));
    rmSync(path.join(directory, '..v1'), { recursive: true, force: true });
    await waitFor(() => attempts() > before);
    // The symlinked files load, through the new ..data.
    await waitFor(() => store.service.kb.get('sabbatical')?.answer === 'Longer.');
  });

  it('follows KNOWLEDGE_DIR when it is a symlink repointed at a new release', async () => {
    watcher.close();
    const v1 = path.join(sandbox, 'release-1');
    const v2 = path.join(sandbox, 'release-2');
    cpSync(DEFAULT_KNOWLEDGE_DIR, v1, { recursive: true });
    cpSync(DEFAULT_KNOWLEDGE_DIR, v2, { recursive: true });
    writeFileSync(path.join(v2, 'sabbatical.md'), SABBATICAL);
    const current = path.join(sandbox, 'current');
    symlinkSync(v1, current);
    watcher = watch(current);
    await watcher.ready;
    symlinkSync(v2, path.join(sandbox, 'current.next'));
    renameSync(path.join(sandbox, 'current.next'), current);
    await waitFor(() => store.service.kb.get('sabbatical'));
    writeFileSync(path.join(v2, 'sabbatical.md'), SABBATICAL.replace('A long break.', 'A longer break.'));
    await waitFor(() => store.service.kb.get('sabbatical')?.answer.includes('longer'));
  });

  it('waits for a folder whose parent was deleted too, and reloads when it returns', async () => {
    watcher.close();
    const deploy = path.join(sandbox, 'deploy');
    const nested = path.join(deploy, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, nested, { recursive: true });
    watcher = watch(nested);
    await watcher.ready;
    rmSync(deploy, { recursive: true, force: true });
    await waitFor(() => lines.find((line) => line.event === 'knowledge_folder_missing'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    cpSync(DEFAULT_KNOWLEDGE_DIR, nested, { recursive: true });
    writeFileSync(path.join(nested, 'sabbatical.md'), SABBATICAL);
    await waitFor(() => store.service.kb.get('sabbatical'));
    writeFileSync(path.join(nested, 'sabbatical.md'), SABBATICAL.replace('A long break.', 'A longer break.'));
    await waitFor(() => store.service.kb.get('sabbatical')?.answer.includes('longer'));
  });
});
