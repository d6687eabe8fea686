import type { Logger } from '@slack/bolt';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { RENDER_BUDGET_MS } from '../knowledge/load-knowledge';
import { type RenderOutcome, renderInWorker } from './render-in-worker';

export interface RenderAnswersOptions {
  /** A conversion slower than this is logged, naming the file, so HR can simplify the answer. */
  budgetMs?: number;
  /** Converts answers off the event loop (a worker thread unless given). */
  render?: (answers: readonly string[]) => Promise<RenderOutcome[]>;
}

/**
 * Converts every answer of a freshly started knowledge base to Slack mrkdwn in the background. Converting
 * takes milliseconds per answer (tens of seconds for 10,000), so the bot starts answering at once and a card
 * shown before this finishes converts its one answer then. Resolves when done; never rejects.
 */
export async function renderAnswersInBackground(
  kb: KnowledgeBase,
  logger: Logger,
  { budgetMs = RENDER_BUDGET_MS, render = renderInWorker }: RenderAnswersOptions = {},
): Promise<void> {
  const pending = kb.faqs.filter((faq) => faq.rendered === undefined);
  if (pending.length === 0) return;
  const started = performance.now();
  let outcomes: RenderOutcome[];
  try {
    outcomes = await render(pending.map((faq) => faq.answer));
  } catch (error) {
    logger.warn({ event: 'answers_render_failed', note: 'each answer is converted when it is first shown' }, error);
    return;
  }
  for (const [index, faq] of pending.entries()) {
    const outcome = outcomes[index];
    if (outcome === undefined) continue;
    faq.rendered ??= outcome.mrkdwn;
    if (outcome.ms > budgetMs) {
      logger.warn({
        event: 'answer_render_slow',
        file: faq.source.file,
        ms: Math.round(outcome.ms),
        limitMs: budgetMs,
        note: 'simplify its Markdown (thousands of * or _ marks, or deeply nested lists and quotes); npm run validate reports it',
      });
    }
  }
  logger.info({ event: 'answers_rendered', faqs: pending.length, ms: Math.round(performance.now() - started) });
}

/** The answers of a knowledge base already converted to Slack mrkdwn, by their Markdown. */
export function convertedAnswers(kb: KnowledgeBase): Map<string, string> {
  const converted = new Map<string, string>();
  for (const { answer, rendered } of kb.faqs) if (rendered !== undefined) converted.set(answer, rendered);
  return converted;
}
