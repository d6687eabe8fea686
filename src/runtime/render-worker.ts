import { parentPort } from 'node:worker_threads';
import { convertToMrkdwn } from '../blocks/mrkdwn';
import type { RenderOutcome } from './render-in-worker';

/**
 * Runs in a worker thread: converts each batch of answers it is sent to Slack mrkdwn, timing each, so that
 * converting thousands of answers (milliseconds each) never holds the bot's event loop. Nothing is kept
 * between batches. See render-in-worker.ts.
 */
parentPort?.on('message', (answers: string[]) => {
  const outcomes: RenderOutcome[] = answers.map((answer) => {
    const started = performance.now();
    const mrkdwn = convertToMrkdwn(answer);
    return { mrkdwn, ms: performance.now() - started };
  });
  parentPort?.postMessage(outcomes);
});
