import { decodeValue, faqRefValueSchema } from '../../blocks/action-ids';
import type { Vote } from '../../blocks/answer-card';
import { buildFeedbackFollowUp } from '../../blocks/feedback-follow-up';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';
import type { ButtonArgs } from './button-args';
import { deliver, notify, placeOf, replyUnavailable } from './deliver';

/** Which card a vote is on: one vote per person per card, so a second click replaces the first. */
export function cardIdOf(body: ButtonArgs['body']): string | undefined {
  if (body.view) return `view:${body.view.id}`;
  const ts = typeof body.container?.message_ts === 'string' ? body.container.message_ts : body.message?.ts;
  const channel =
    body.channel?.id ?? (typeof body.container?.channel_id === 'string' ? body.container.channel_id : undefined);
  return ts ? `${channel ?? '?'}:${ts}` : undefined;
}

/**
 * 👍 / 👎 on an answer. Every click is logged (the report keeps each person's last vote per card); the
 * card acknowledges it in place when it is the clicker's own (ephemeral or modal), or privately under a
 * shared card. A 👎 offers the related questions and, when configured, "Ask HR".
 */
export const feedback =
  ({ store, events }: ListenerDeps, vote: Vote) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, logger } = args;
    await ack();
    const startedAt = performance.now();
    const place = placeOf(body);
    try {
      const value = decodeValue(faqRefValueSchema, action.value);
      const faq = value && store.service.kb.get(value.id);
      if (!faq) {
        await replyUnavailable(args, place, `action:feedback_${vote}`, startedAt);
        return;
      }
      events.record({
        kind: 'feedback',
        surface: 'button',
        faq: faq.id,
        vote,
        card: cardIdOf(body),
        userId: body.user.id,
      });
      const askHr = vote === 'down' && store.service.options.askHr;
      if (place.kind === 'conversation') {
        await notify(args, place, buildFeedbackFollowUp(faq, vote, store.service.related(faq), askHr));
      } else {
        const card = store.service.card(faq.id, { ephemeral: place.kind === 'ephemeral' }, { vote, askHr });
        if (card) await deliver(args, place, card.message);
      }
      logHandled(logger, { type: `action:feedback_${vote}`, faq: faq.id, startedAt });
    } catch (error) {
      logger.error({ event: 'feedback_failed' }, error);
    }
  };
