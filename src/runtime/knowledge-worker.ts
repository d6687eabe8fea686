import { parentPort, workerData } from 'node:worker_threads';
import { markdownToMrkdwn } from '../blocks/mrkdwn';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';

/**
 * Runs in a worker thread: loads, validates and renders a knowledge folder, and hands back plain data (the
 * FAQs with their rendered answers, synonyms, settings) or the problems. An answer found in `converted` (the
 * served knowledge base's conversions, by Markdown) is not converted again. See load-in-worker.ts.
 */
const { directory, converted } = workerData as { directory: string; converted: ReadonlyMap<string, string> };
const loaded = loadKnowledgeBase(directory, {
  renderAnswer: (markdown) => converted.get(markdown) ?? markdownToMrkdwn(markdown),
});
parentPort?.postMessage(
  loaded.ok
    ? {
        ok: true,
        faqs: loaded.kb.faqs,
        synonyms: loaded.kb.synonyms,
        directory: loaded.kb.directory,
        settings: loaded.kb.settings,
      }
    : loaded,
);
