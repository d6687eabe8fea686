import { parentPort, workerData } from 'node:worker_threads';
import { markdownToMrkdwn } from '../blocks/mrkdwn';
import type { RenderOutcome } from './render-in-worker';

/**
 * Runs in a worker thread: converts each answer to Slack mrkdwn and times it, so that converting thousands
 * of answers (milliseconds each) never holds the bot's event loop. See render-in-worker.ts.
 */
const { answers } = workerData as { answers: string[] };
const outcomes: RenderOutcome[] = answers.map((answer) => {
  const started = performance.now();
  const mrkdwn = markdownToMrkdwn(answer);
  return { mrkdwn, ms: performance.now() - started };
});
parentPort?.postMessage(outcomes);
