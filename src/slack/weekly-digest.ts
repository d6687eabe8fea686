import type { Logger, webApi } from '@slack/bolt';
import { Cron } from 'croner';
import type { EventRecorder } from '../analytics/event-log';
import { buildDigest, type DigestPhrasing } from '../blocks/digest-card';
import type { HrAccess } from '../learning/hr-access';
import type { Learning } from '../learning/learning';
import { postMessage } from '../listeners/post-message';
import { errorText } from '../runtime/error-details';
import type { KnowledgeStore } from '../service/knowledge-store';

export interface DigestDeps {
  client: webApi.WebClient;
  /** Where the digest goes: HR_CHANNEL_ID. */
  hrChannelId: string;
  store: KnowledgeStore;
  hr: HrAccess;
  learning?: Learning;
  /** Flushed first, so the figures include the last few minutes. */
  events?: EventRecorder;
  logger: Logger;
  now?: () => Date;
}

/**
 * Posts the weekly digest to the HR channel: the last seven days' figures, the top unanswered questions and
 * every phrasing learned since the last digest, each with Keep and Undo. Resolves true once posted; a failure
 * is logged (and the next digest lists those phrasings again).
 */
export async function sendWeeklyDigest(deps: DigestDeps): Promise<boolean> {
  const { client, hrChannelId, store, hr, learning, events, logger } = deps;
  const now = deps.now?.() ?? new Date();
  try {
    await events?.flush();
    const last = await learning?.store.lastDigest();
    const { kb } = store.service;
    const learned: DigestPhrasing[] = [];
    for (const phrasing of (await learning?.list())?.phrasings ?? []) {
      const faq = kb.get(phrasing.faq);
      if (!faq || (last !== undefined && Date.parse(phrasing.learnedAt) <= last.getTime())) continue;
      learned.push({ question: phrasing.question, faqId: faq.id, faqQuestion: faq.question, people: phrasing.people });
    }
    const summary = await hr.summary(now);
    await postMessage(client, { channel: hrChannelId }, buildDigest(summary, learned));
    await learning?.store.digestSent(now);
    logger.info({ event: 'digest_sent', questions: summary.questions, learned: learned.length });
    return true;
  } catch (error) {
    logger.error({ event: 'digest_failed', error: errorText(error) });
    return false;
  }
}

/**
 * Runs the digest on DIGEST_CRON, read in TZ, with croner: one run at a time, and never keeping the process
 * alive by itself. Stop it at shutdown.
 */
export function scheduleDigest(pattern: string, timezone: string | undefined, send: () => Promise<unknown>): Cron {
  return new Cron(pattern, { ...(timezone ? { timezone } : {}), protect: true, unref: true }, async () => {
    await send();
  });
}
