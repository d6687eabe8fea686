import { parentPort, workerData } from 'node:worker_threads';
import { convertToMrkdwn } from '../blocks/mrkdwn';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { servable } from '../knowledge/markers';

/**
 * Runs in a worker thread: loads, validates and renders a knowledge folder, and hands back plain data (the
 * FAQs with their rendered answers, synonyms, settings) or the problems. Answers of the served knowledge
 * base are not converted again: those in `converted` reuse their conversion, and the other `served` ones
 * are left for the background conversion (render-answers.ts). Only new and changed answers are converted,
 * and checked against the time limit. See load-in-worker.ts.
 */
const { directory, converted, served } = workerData as {
  directory: string;
  converted: ReadonlyMap<string, string>;
  served: ReadonlySet<string>;
};
// A change that brings back a starter marker is not served, as a change with a problem is not.
const loaded = servable(
  loadKnowledgeBase(directory, {
    renderAnswer: (markdown) =>
      converted.get(markdown) ?? (served.has(markdown) ? undefined : convertToMrkdwn(markdown)),
  }),
);
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
