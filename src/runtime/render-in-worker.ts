import { Worker } from 'node:worker_threads';
import { workerFile } from './worker-file';

/** One answer converted to Slack mrkdwn, and how long the conversion took. */
export interface RenderOutcome {
  mrkdwn: string;
  ms: number;
}

/** Converting even 10,000 answers takes well under this; longer means the worker is stuck on one. */
export const RENDER_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Converts answers to Slack mrkdwn in a worker thread, in order. Rejects when the worker fails or takes
 * longer than the timeout (then it is stopped).
 */
export function renderInWorker(answers: readonly string[], timeoutMs = RENDER_TIMEOUT_MS): Promise<RenderOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile('render-worker'), { workerData: { answers } });
    // Converting in the background must never keep a stopping bot alive.
    worker.unref();
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new Error(
          `converting answers took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`,
        ),
      );
    }, timeoutMs);
    timer.unref();
    worker.once('message', (outcomes: RenderOutcome[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcomes);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // A worker that ends without a reply (out of memory, say); after a reply or an error this changes nothing.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the converting worker stopped (exit code ${code})`));
    });
  });
}
