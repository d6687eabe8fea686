import { Worker } from 'node:worker_threads';
import type { Faq } from '../knowledge/faq-schema';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import type { LoadResult } from '../knowledge/load-knowledge';
import type { KnowledgeProblem } from '../knowledge/problems';
import type { MatchingSettings, Synonyms } from '../knowledge/synonyms-schema';
import { workerFile } from './worker-file';

/** A reload that takes longer than this (a hung disk, say) is given up; the last good knowledge base stays. */
export const RELOAD_TIMEOUT_MS = 5 * 60 * 1000;

type WorkerReply =
  | { ok: true; faqs: Faq[]; synonyms: Synonyms; directory: string; settings: MatchingSettings }
  | { ok: false; problems: KnowledgeProblem[] };

/**
 * Loads, validates and renders a knowledge folder in a worker thread, so reading and converting thousands
 * of files never holds the event loop (and every acknowledgement) while the bot is serving.
 */
export function loadInWorker(directory: string, timeoutMs = RELOAD_TIMEOUT_MS): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile('knowledge-worker'), { workerData: { directory } });
    const failed = (message: string) => resolve({ ok: false, problems: [{ file: directory, message }] });
    const timer = setTimeout(() => {
      void worker.terminate();
      failed(`took longer than ${Math.round(timeoutMs / 1000)} s to load; is the disk responding?`);
    }, timeoutMs);
    timer.unref();
    worker.once('message', (reply: WorkerReply) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(
        reply.ok
          ? { ok: true, kb: new KnowledgeBase(reply.faqs, reply.synonyms, reply.directory, reply.settings) }
          : reply,
      );
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      failed(`could not be loaded (${error.message})`);
    });
  });
}
