import { writeFileSync } from 'node:fs';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import type { RenderOutcome } from '../../src/runtime/render-in-worker';
import { serveKnowledge } from '../../src/runtime/serve-knowledge';
import { KnowledgeStore } from '../../src/service/knowledge-store';
import { until } from '../helpers/bot-process';
import { loadValid, useKnowledgeCopy } from '../helpers/knowledge';
import { captureLogs } from '../helpers/logs';

// A reload runs in a worker thread and rebuilds the matcher: on a busy 2-core machine that takes a while.
jest.setTimeout(30_000);

describe('serving the knowledge folder', () => {
  const copy = useKnowledgeCopy('serve');

  it('converts answers in the background, and after an edit carries on with the new knowledge base', async () => {
    const { logger, events } = captureLogs();
    const directory = copy.directory();
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
      await until(() => first.faqs.some((faq) => faq.rendered !== undefined), 15_000, 'the first conversion');
      const [converted, edited] = first.faqs;
      if (converted === undefined || edited === undefined) throw new Error('the sample knowledge base is too small');
      writeFileSync(
        edited.source.path,
        `---\nquestion: ${edited.question}\ncategory: ${edited.category}\n---\nEdited **answer**.\n`,
      );
      await until(() => events('knowledge_reloaded').length > 0, 15_000, 'the reload');
      release();
      await until(() => events('answers_rendered').length > 0, 15_000, 'the new knowledge base converted');
      await until(() => events('answers_render_stopped').length > 0, 15_000, 'the first conversion to stop');

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
