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
const BATCH = 100;
/**
 * The worker's heap limits, in MB. Converting one batch needs a few; an answer that needs far more (a
 * pathological one) stops the worker rather than swelling the bot's memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * Converts answers to Slack mrkdwn in a worker thread, in order, a batch at a time. Rejects when the worker
 * fails or takes longer than the timeout in all (then it is stopped).
 */
export async function renderInWorker(
  answers: readonly string[],
  timeoutMs = RENDER_TIMEOUT_MS,
): Promise<RenderOutcome[]> {
  const worker = new Worker(workerFile('render-worker'), { resourceLimits: WORKER_LIMITS });
  // Converting in the background must never keep a stopping bot alive.
  worker.unref();
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`converting answers took longer than ${describeDuration(timeoutMs)}`));
    }, timeoutMs);
    timer.unref();
    worker.once('error', reject);
    // A worker that ends without replying (out of memory, say); after the last reply this changes nothing.
    worker.once('exit', (code) => reject(new Error(`the converting worker stopped (exit code ${code})`)));
  });
  const convert = (batch: readonly string[]) =>
    Promise.race([
      new Promise<RenderOutcome[]>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(batch);
      }),
      stopped,
    ]);
  try {
    const outcomes: RenderOutcome[] = [];
    for (let start = 0; start < answers.length; start += BATCH) {
      outcomes.push(...(await convert(answers.slice(start, start + BATCH))));
    }
    return outcomes;
  } finally {
    clearTimeout(timer);
    // The worker's last events reject `stopped` with nobody listening; that is expected.
    stopped.catch(() => undefined);
    await worker.terminate();
  }
}
