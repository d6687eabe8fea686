import { Worker } from 'node:worker_threads';
import type { Faq } from '../knowledge/faq-schema';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import type { LoadResult } from '../knowledge/load-knowledge';
import type { KnowledgeProblem } from '../knowledge/problems';
import type { MatchingSettings, Synonyms } from '../knowledge/synonyms-schema';
import { describeDuration } from './duration';
import { workerFile } from './worker-file';

/** A reload that takes longer than this (a hung disk, say) is given up; the last good knowledge base stays. */
export const RELOAD_TIMEOUT_MS = 5 * 60 * 1000;

type WorkerReply =
  | { ok: true; faqs: Faq[]; synonyms: Synonyms; directory: string; settings: MatchingSettings }
  | { ok: false; problems: KnowledgeProblem[] };

export interface LoadInWorkerOptions {
  timeoutMs?: number;
  /**
   * The served knowledge base's answers, by their Markdown, with their Slack mrkdwn when it is converted
   * already: a reload converts only the answers that are new or changed (seconds less per thousand FAQs).
   */
  served?: ServedAnswers;
}

/** The answers a knowledge base has, and the conversions it has of them. */
export interface ServedAnswers {
  answers: ReadonlySet<string>;
  converted: ReadonlyMap<string, string>;
}

/**
 * Loads, validates and renders a knowledge folder in a worker thread, so reading and converting thousands
 * of files never holds the event loop (and every acknowledgement) while the bot is serving.
 */
export function loadInWorker(
  directory: string,
  { timeoutMs = RELOAD_TIMEOUT_MS, served = { answers: new Set(), converted: new Map() } }: LoadInWorkerOptions = {},
): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile('knowledge-worker'), {
      workerData: { directory, served: served.answers, converted: served.converted },
    });
    const failed = (message: string) => resolve({ ok: false, problems: [{ file: directory, message }] });
    const timer = setTimeout(() => {
      void worker.terminate();
      failed(`took longer than ${describeDuration(timeoutMs)} to load; is the disk responding?`);
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
