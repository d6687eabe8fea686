import { decodeValue, faqRefValueSchema } from '../../blocks/action-ids';
import { reliableRespond } from '../../slack/reliable-respond';
import type { ListenerDeps } from '../listener-deps';
import { noteRequest } from '../request-log';
import { type ButtonArgs, placeOf, replyUnavailable } from './deliver';

/**
 * "Share in channel" on an ephemeral answer: posts the same answer publicly through the interaction's
 * response_url (which works in any conversation the command was used in, without extra scopes), marked as
 * shared by the asker, then replaces the private card with a confirmation so it isn't shared twice.
 */
export const shareAnswer =
  ({ store }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, context, logger } = args;
    await ack();
    const { service } = store;
    const respond = reliableRespond(args.respond, logger);
    const value = decodeValue(faqRefValueSchema, action.value);
    const card = value && service.card(value.id, { ephemeral: false }, { sharedBy: body.user.id });
    if (!card) {
      await replyUnavailable(args, placeOf(body), service.notices.faqUnavailable());
      return;
    }
    noteRequest(context, { faq: card.faq.id });
    try {
      await respond({ response_type: 'in_channel', replace_original: false, ...card.message });
    } catch (error) {
      logger.error({ event: 'share_failed' }, error);
      noteRequest(context, { outcome: 'not_shared' });
      await respond({ response_type: 'ephemeral', replace_original: false, ...service.notices.sharedElsewhere() });
      return;
    }
    // Shared: now replace the private card, so it isn't shared twice (if that fails, the share still stands).
    await respond({ response_type: 'ephemeral', replace_original: true, ...service.notices.shared() }).catch(
      (error: unknown) => logger.warn({ event: 'share_confirmation_failed' }, error),
    );
  };
