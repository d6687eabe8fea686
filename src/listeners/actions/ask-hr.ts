import { decodeValue, questionValueSchema } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { postMessage } from '../post-message';
import { noteRequest } from '../request-log';
import { type AskHrGuard, InMemoryAskHrGuard } from './ask-hr-guard';
import { type ButtonArgs, notify, type Place, placeOf, replyUnavailable } from './deliver';

/**
 * "Ask HR": posts the question in the HR channel with the asker's mention and, when the question was asked
 * in public, a link to it; then tells the asker it was sent. The question text is escaped, so it can never
 * ping anyone.
 */
export const askHr = ({ store, events, askHrGuard }: ListenerDeps) => {
  const guard: AskHrGuard = askHrGuard ?? new InMemoryAskHrGuard();
  return async (args: ButtonArgs) => {
    const { ack, action, body, context, logger } = args;
    await ack();
    const { service } = store;
    const place = placeOf(body);
    const hrChannel = service.options.hrChannelId;
    if (!hrChannel) {
      noteRequest(context, { outcome: 'not_configured' });
      await notify(args, place, service.notices.askHrUnavailable());
      return;
    }
    const value = decodeValue(questionValueSchema, action.value);
    if (!value) {
      await replyUnavailable(args, place, service.notices.faqUnavailable());
      return;
    }
    // Claimed before anything is awaited, so clicks that arrive together post once.
    const userId = body.user.id;
    const claim = await guard.claim(userId, value.q);
    if (claim !== 'claimed') {
      noteRequest(context, { outcome: claim === 'limited' ? 'limited' : 'repeat' });
      await notify(
        args,
        place,
        claim === 'limited' ? service.notices.askHrLimited() : service.notices.askHrAlreadySent(hrChannel),
      );
      return;
    }
    const permalink = await permalinkOf(args, place);
    const { faq, message } = service.escalation({ question: value.q, userId, faqId: value.id, permalink });
    noteRequest(context, { faq: faq?.id });
    try {
      await postMessage(args.client, { channel: hrChannel }, message);
    } catch (error) {
      await guard.release(userId, value.q);
      logger.error({ event: 'ask_hr_post_failed', channel: hrChannel }, error);
      noteRequest(context, { outcome: 'not_sent' });
      await notify(args, place, service.notices.askHrUnreachable());
      return;
    }
    events.record({ kind: 'escalated', surface: 'button', ...(faq ? { faq: faq.id } : {}), userId });
    await notify(args, place, service.notices.askHrSent(hrChannel));
  };
};

/**
 * Outside a DM, the question was a message in a channel (the card sits in the thread it started), so link
 * to it. In a private channel only its members can open the link, which is as it should be.
 */
async function permalinkOf({ client, logger }: ButtonArgs, place: Place): Promise<string | undefined> {
  if (place.kind !== 'conversation' || place.channel.startsWith('D')) return undefined;
  const messageTs = place.threadTs ?? place.messageTs;
  if (!messageTs) return undefined;
  try {
    return (await client.chat.getPermalink({ channel: place.channel, message_ts: messageTs })).permalink;
  } catch (error) {
    logger.warn({ event: 'permalink_failed' }, error);
    return undefined;
  }
}
