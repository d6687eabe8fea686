import type { Logger } from '@slack/bolt';
import { escapeUserText } from '../blocks/text';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { RENDER_BUDGET_MS, SLOW_RENDER_ADVICE } from '../knowledge/load-knowledge';
import { errorText } from './error-details';
import type { ServedAnswers } from './load-in-worker';
import { RENDER_BATCH, type RenderOutcome, renderInWorker } from './render-in-worker';

export interface RenderAnswersOptions {
  /** A conversion slower than this is logged, naming the file, so HR can simplify the answer. */
  budgetMs?: number;
  /** Converts answers off the event loop, a batch at a time (in a worker thread unless given). */
  render?: (answers: readonly string[]) => AsyncIterable<RenderOutcome[]>;
  /** False once the knowledge base is no longer the one served: the rest is then not worth converting. */
  isCurrent?: () => boolean;
}

/**
 * Converts the answers of a knowledge base that are not converted yet to Slack mrkdwn, in the background:
 * converting takes milliseconds per answer (tens of seconds for 10,000), so the bot starts answering at once
 * and a card shown before its answer is converted converts it then. Each batch is kept as it arrives. An
 * answer that stops the worker (out of memory, say) is found by converting its batch one answer at a time,
 * logged with its file, and shown as plain text. Resolves when done; never rejects.
 */
export async function renderAnswersInBackground(
  kb: KnowledgeBase,
  logger: Logger,
  { budgetMs = RENDER_BUDGET_MS, render = renderInWorker, isCurrent = () => true }: RenderAnswersOptions = {},
): Promise<void> {
  const pending = kb.faqs.filter((faq) => faq.rendered === undefined);
  if (pending.length === 0) return;
  const started = performance.now();
  const adopt = (faq: Faq, outcome: RenderOutcome) => {
    faq.rendered ??= outcome.mrkdwn;
    if (outcome.ms > budgetMs) {
      logger.warn({
        event: 'answer_render_slow',
        file: faq.source.file,
        ms: Math.round(outcome.ms),
        limitMs: budgetMs,
        note: `${SLOW_RENDER_ADVICE}; npm run validate reports it`,
      });
    }
  };
  let next = 0;
  while (next < pending.length) {
    try {
      for await (const outcomes of render(pending.slice(next).map((faq) => faq.answer))) {
        for (const outcome of outcomes) {
          const faq = pending[next];
          if (faq === undefined) break;
          adopt(faq, outcome);
          next += 1;
        }
        if (!isCurrent()) {
          logger.info({ event: 'answers_render_stopped', converted: next, note: 'the knowledge base was replaced' });
          return;
        }
      }
    } catch (error) {
      // Something in the next batch stopped the worker: convert that batch one answer at a time.
      const batch = pending.slice(next, next + RENDER_BATCH);
      const failures: Array<{ faq: Faq; error: unknown }> = [];
      for (const faq of batch) {
        try {
          for await (const [outcome] of render([faq.answer])) if (outcome) adopt(faq, outcome);
        } catch (alone) {
          failures.push({ faq, error: alone });
        }
      }
      if (batch.length > 1 && failures.length === batch.length) {
        // Not one answer of the batch could be converted: the worker itself is broken, not an answer.
        logger.warn(
          { event: 'answers_render_failed', left: pending.length - next, note: 'each answer is converted when shown' },
          error,
        );
        return;
      }
      for (const { faq, error: alone } of failures) {
        logger.warn({
          event: 'answer_render_failed',
          file: faq.source.file,
          error: errorText(alone),
          note: 'shown as plain text; simplify its Markdown (npm run validate checks it)',
        });
        faq.rendered = escapeUserText(faq.answer);
      }
      next += batch.length;
    }
  }
  logger.info({ event: 'answers_rendered', faqs: pending.length, ms: Math.round(performance.now() - started) });
}

/** A knowledge base's answers, and those already converted to Slack mrkdwn, by their Markdown. */
export function servedAnswers(kb: KnowledgeBase): ServedAnswers {
  const converted = new Map<string, string>();
  for (const { answer, rendered } of kb.faqs) if (rendered !== undefined) converted.set(answer, rendered);
  return { answers: new Set(kb.faqs.map(({ answer }) => answer)), converted };
}
