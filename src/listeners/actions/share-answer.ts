import { decodeValue, faqRefValueSchema } from '../../blocks/action-ids';
import { buildNotice, NOTICES } from '../../blocks/notice-card';
import { reliableRespond } from '../../slack/reliable-respond';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';
import type { ButtonArgs } from './button-args';
import { placeOf, replyUnavailable } from './deliver';

/**
 * "Share in channel" on an ephemeral answer: posts the same answer publicly through the interaction's
 * response_url (which works in any conversation the command was used in, without extra scopes), marked as
 * shared by the asker, then replaces the private card with a confirmation so it isn't shared twice.
 */
export const shareAnswer =
  ({ store }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, respond: respondOnce, logger } = args;
    await ack();
    const respond = reliableRespond(respondOnce, logger);
    const startedAt = performance.now();
    try {
      const value = decodeValue(faqRefValueSchema, action.value);
      const card = value && store.service.card(value.id, { ephemeral: false }, { sharedBy: body.user.id });
      if (!card) {
        await replyUnavailable(args, placeOf(body), 'action:share', startedAt);
        return;
      }
      try {
        await respond({ response_type: 'in_channel', replace_original: false, ...card.message });
      } catch (error) {
        logger.error({ event: 'share_failed' }, error);
        await respond({ response_type: 'ephemeral', replace_original: false, ...NOTICES.sharedElsewhere() });
        return;
      }
      // Shared: now replace the private card, so it isn't shared twice (if that fails, the share still stands).
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...buildNotice(':white_check_mark: Shared in the conversation.'),
      }).catch((error: unknown) =>
        logger.warn({ event: 'share_confirmation_failed' }, error instanceof Error ? error : String(error)),
      );
      logHandled(logger, { type: 'action:share', faq: card.faq.id, startedAt });
    } catch (error) {
      logger.error({ event: 'share_failed' }, error);
    }
  };
