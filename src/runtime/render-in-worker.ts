import { Worker } from 'node:worker_threads';
import { describeDuration } from './duration';
import { workerFile } from './worker-file';

/** One answer converted to Slack mrkdwn, and how long the conversion took. */
export interface RenderOutcome {
  mrkdwn: string;
  ms: number;
}

/** Converting even 10,000 answers takes well under this; longer means the worker is stuck on one. */
export const RENDER_TIMEOUT_MS = 10 * 60 * 1000;
/** Answers sent to the worker at a time: its memory holds one batch, not the whole knowledge base. */
export const RENDER_BATCH = 100;
/**
 * The worker's heap limits, in MB. Converting one batch needs a few; an answer that needs far more (a
 * pathological one) stops the worker rather than swelling the bot's memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * Converts answers to Slack mrkdwn in a worker thread, in order, yielding each batch's outcomes as it is
 * done. Throws when the worker fails or all of it takes longer than the timeout; stopping early (or a
 * failure) ends the worker.
 */
export async function* renderInWorker(
  answers: readonly string[],
  timeoutMs = RENDER_TIMEOUT_MS,
): AsyncGenerator<RenderOutcome[]> {
  const worker = new Worker(workerFile('render-worker'), { resourceLimits: WORKER_LIMITS });
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`converting answers took longer than ${describeDuration(timeoutMs)}`)),
      timeoutMs,
    );
    timer.unref();
    worker.once('error', reject);
    // A worker that ends without replying; after the last reply (when it is terminated) this changes nothing.
    worker.once('exit', (code) => reject(new Error(`the converting worker stopped (exit code ${code})`)));
  });
  // Whatever ends the worker after the last batch rejects `stopped` with nobody waiting: that is expected.
  stopped.catch(() => undefined);
  const convert = (batch: readonly string[]) =>
    Promise.race([
      new Promise<RenderOutcome[]>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(batch);
      }),
      stopped,
    ]);
  try {
    for (let start = 0; start < answers.length; start += RENDER_BATCH) {
      yield await convert(answers.slice(start, start + RENDER_BATCH));
    }
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
