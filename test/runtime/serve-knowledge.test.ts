import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { createLogger } from '../../src/runtime/logger';
import type { RenderOutcome } from '../../src/runtime/render-in-worker';
import { serveKnowledge } from '../../src/runtime/serve-knowledge';
import { KnowledgeStore } from '../../src/service/knowledge-store';
import { loadValid } from '../helpers/knowledge';

// A reload runs in a worker thread and rebuilds the matcher: on a busy 2-core machine that takes a while.
jest.setTimeout(30_000);

const waitFor = async (predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('serving the knowledge folder', () => {
  let sandbox: string;
  let directory: string;
  beforeEach(() => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-serve-'));
    directory = path.join(sandbox, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
  });
  afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

  it('converts answers in the background, and after an edit carries on with the new knowledge base', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger({
      level: LogLevel.INFO,
      destination: { write: (line) => lines.push(JSON.parse(line)) },
    });
    const events = (event: string) => lines.filter((line) => line.event === event);
    const store = new KnowledgeStore(loadValid(directory), { feedback: false });
    const first = store.service.kb;
    // One answer at a time; the first knowledge base's conversion waits after its first answer until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const render = async function* (answers: readonly string[]): AsyncGenerator<RenderOutcome[]> {
      for (const [index, answer] of answers.entries()) {
        if (index > 0 && store.service.kb === first) await held;
        yield [{ mrkdwn: `background:${answer.length}`, ms: 1 }];
      }
    };
    const watcher = serveKnowledge({ directory, store, logger, render, debounceMs: 50, checkEveryMs: 200 });
    try {
      await watcher.ready;
      await waitFor(() => first.faqs.some((faq) => faq.rendered !== undefined), 'the first conversion');
      const [converted, edited] = first.faqs;
      if (converted === undefined || edited === undefined) throw new Error('the sample knowledge base is too small');
      writeFileSync(
        edited.source.path,
        `---\nquestion: ${edited.question}\ncategory: ${edited.category}\n---\nEdited **answer**.\n`,
      );
      await waitFor(() => events('knowledge_reloaded').length > 0, 'the reload');
      release();
      await waitFor(() => events('answers_rendered').length > 0, 'the new knowledge base converted');
      await waitFor(() => events('answers_render_stopped').length > 0, 'the first conversion to stop');

      const next = store.service.kb;
      expect(next).not.toBe(first);
      // The first conversion stopped when its knowledge base was replaced.
      expect(events('answers_render_stopped')).toEqual([expect.objectContaining({ converted: 2 })]);
      // Reused, converted by the reload's worker (new text), and converted in the background afterwards.
      expect(next.get(converted.id)?.rendered).toBe(`background:${converted.answer.length}`);
      expect(next.get(edited.id)?.rendered).toBe(markdownToMrkdwn('Edited **answer**.'));
      for (const faq of next.faqs.slice(2)) expect(faq.rendered).toBe(`background:${faq.answer.length}`);
      expect(events('answers_rendered')).toEqual([expect.objectContaining({ faqs: next.faqs.length - 2 })]);
    } finally {
      release();
      watcher.close();
    }
  });
});
