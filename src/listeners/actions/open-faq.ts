import { decodeValue, openFaqValueSchema } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { noteRequest } from '../request-log';
import { type ButtonArgs, deliver, placeOf, replyUnavailable, visibilityOf } from './deliver';

/**
 * A related, did-you-mean, topic-list, App Home or Back button: shows that FAQ where the click happened. A
 * value that doesn't parse, or names an FAQ that no longer exists, gets a polite notice and is never echoed.
 */
export const openFaq =
  ({ store, events, learning }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, context } = args;
    await ack();
    const { service } = store;
    const place = placeOf(body);
    const value = decodeValue(openFaqValueSchema, action.value);
    const card = value && service.card(value.id, visibilityOf(place), { backTo: value.from, question: value.q });
    if (!value || !card) {
      await replyUnavailable(args, place, service.notices.faqUnavailable());
      return;
    }
    noteRequest(context, { faq: card.faq.id });
    await deliver(args, place, card.message);
    // A pick from "Did you mean" carries the question, which suggests a new alternate for that FAQ.
    events.record(
      value.q === undefined
        ? { kind: 'asked', surface: 'button', faq: card.faq.id, userId: body.user.id }
        : { kind: 'did-you-mean', surface: 'button', faq: card.faq.id, question: value.q, userId: body.user.id },
    );
    // …and, once enough different people made the same pick, the bot answers that question with it.
    if (learning && value.q !== undefined && !service.answersOutright(value.q, card.faq.id)) {
      await learning.record({ kind: 'pick', question: value.q, faq: card.faq.id, userId: body.user.id });
    }
  };
