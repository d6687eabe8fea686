import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { SLACK_RENDERING } from './slack-rendering';

/**
 * Runs in a worker thread: loads, validates and renders a knowledge folder, and hands back plain data (the
 * FAQs with their rendered answers, synonyms, settings) or the problems. See load-in-worker.ts.
 */
const { directory } = workerData as { directory: string };
const loaded = loadKnowledgeBase(directory, SLACK_RENDERING);
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
