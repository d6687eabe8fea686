import { LRUCache } from 'lru-cache';
import { decodeValue, questionValueSchema } from '../../blocks/action-ids';
import { buildEscalationMessage } from '../../blocks/escalation-message';
import { buildNotice, NOTICES } from '../../blocks/notice-card';
import { postMessage } from '../events/reply-in-conversation';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';
import type { ButtonArgs } from './button-args';
import { notify, placeOf, replyUnavailable } from './deliver';

/**
 * "Ask HR": posts the question in the HR channel with the asker's mention and, when the question was asked
 * in public, a link to it; then tells the asker it was sent. The question text is escaped, so it can never
 * ping anyone.
 */
/** A second click on the same question within this time is not posted again. */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export const askHr = ({ store, events, hrChannelId }: ListenerDeps) => {
  const recentlySent = new LRUCache<string, true>({ max: 5000, ttl: REPEAT_WINDOW_MS });
  return async (args: ButtonArgs) => {
    const { ack, action, body, client, logger } = args;
    await ack();
    const startedAt = performance.now();
    const place = placeOf(body);
    try {
      const value = decodeValue(questionValueSchema, action.value);
      if (!hrChannelId) {
        await notify(args, place, NOTICES.askHrUnavailable());
        logHandled(logger, { type: 'action:ask_hr', outcome: 'not_configured', startedAt });
        return;
      }
      if (!value) {
        await replyUnavailable(args, place, 'action:ask_hr', startedAt);
        return;
      }
      let permalink: string | undefined;
      // Outside a DM, the question was a message in a channel (the card sits in the thread it started), so
      // link to it. In a private channel only its members can open the link, which is as it should be.
      if (place.kind === 'conversation' && !place.channel.startsWith('D')) {
        const messageTs = place.threadTs ?? place.messageTs;
        if (messageTs) {
          permalink = await client.chat
            .getPermalink({ channel: place.channel, message_ts: messageTs })
            .then((result) => result.permalink)
            .catch((error: unknown) => {
              logger.warn({ event: 'permalink_failed' }, error instanceof Error ? error : String(error));
              return undefined;
            });
        }
      }
      const repeatKey = `${body.user.id}\u0000${value.q}`;
      if (recentlySent.has(repeatKey)) {
        await notify(args, place, NOTICES.askHrAlreadySent(hrChannelId));
        logHandled(logger, { type: 'action:ask_hr', outcome: 'repeat', startedAt });
        return;
      }
      const faq = value.id === undefined ? undefined : store.service.kb.get(value.id);
      try {
        await postMessage(
          client,
          { channel: hrChannelId },
          buildEscalationMessage({ question: value.q, userId: body.user.id, faq, permalink }),
        );
      } catch (error) {
        logger.error({ event: 'ask_hr_post_failed', channel: hrChannelId }, error);
        await notify(
          args,
          place,
          buildNotice(":warning: Sorry, I couldn't reach HR just now. Please contact HR directly."),
        );
        return;
      }
      recentlySent.set(repeatKey, true);
      events.record({ kind: 'escalated', surface: 'button', ...(faq ? { faq: faq.id } : {}), userId: body.user.id });
      await notify(args, place, NOTICES.askHrSent(hrChannelId));
      logHandled(logger, { type: 'action:ask_hr', faq: faq?.id, startedAt });
    } catch (error) {
      logger.error({ event: 'ask_hr_failed' }, error);
    }
  };
};
