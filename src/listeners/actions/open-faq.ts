import { decodeValue, openFaqValueSchema } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';
import type { ButtonArgs } from './button-args';
import { deliver, placeOf, replyUnavailable, surfaceOf } from './deliver';

/**
 * A related, did-you-mean, topic-list or App Home button: shows that FAQ where the click happened. A value
 * that doesn't parse, or names an FAQ that no longer exists, gets a polite notice and is never echoed.
 */
export const openFaq =
  ({ store, events }: ListenerDeps, type = 'action:open_faq') =>
  async (args: ButtonArgs) => {
    const { ack, action, body, logger } = args;
    await ack();
    const startedAt = performance.now();
    const place = placeOf(body);
    try {
      const value = decodeValue(openFaqValueSchema, action.value);
      const card = value && store.service.card(value.id, surfaceOf(place), { backTo: value.from });
      if (!value || !card) {
        await replyUnavailable(args, place, type, startedAt);
        return;
      }
      await deliver(args, place, card.message);
      // A pick from "Did you mean" carries the question, which suggests a new alternate for that FAQ.
      events.record(
        value.q === undefined
          ? { kind: 'asked', surface: 'button', faq: card.faq.id, userId: body.user.id }
          : { kind: 'did-you-mean', surface: 'button', faq: card.faq.id, question: value.q, userId: body.user.id },
      );
      logHandled(logger, { type, faq: card.faq.id, startedAt });
    } catch (error) {
      logger.error({ event: 'open_faq_failed' }, error);
    }
  };
