import { ACTIONS, decodeValue, feedbackValueSchema } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { noteRequest } from '../request-log';
import { type ButtonArgs, deliver, notify, placeOf, replyUnavailable } from './deliver';

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
 * shared card.
 */
export const feedback =
  ({ store, events, learning }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, context } = args;
    await ack();
    const vote = action.action_id.startsWith(ACTIONS.feedbackDown) ? 'down' : 'up';
    const place = placeOf(body);
    const value = decodeValue(feedbackValueSchema, action.value);
    const ownCard = place.kind !== 'conversation';
    const shown =
      value &&
      store.service.vote(value.id, vote, { ownCard, ephemeral: place.kind === 'ephemeral', question: value.q });
    if (!shown) {
      await replyUnavailable(args, place, store.service.notices.faqUnavailable());
      return;
    }
    const { faq } = shown;
    noteRequest(context, { faq: faq.id });
    events.record({
      kind: 'feedback',
      surface: 'button',
      faq: faq.id,
      vote,
      card: cardIdOf(body),
      userId: body.user.id,
    });
    await (ownCard ? deliver(args, place, shown.message) : notify(args, place, shown.message));
    // A vote on a card shown for a question teaches about that question: 👍 like a pick (unless the FAQs'
    // own phrasings already answer it), 👎 towards asking "Did you mean…?" instead.
    const question = value.q;
    if (learning && question !== undefined && (vote === 'down' || !store.service.answersOutright(question, faq.id))) {
      await learning.record({ kind: vote, question, faq: faq.id, userId: body.user.id });
    }
  };
