import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps';
import { recordReply } from '../record-events';
import { replyInConversation } from './reply-in-conversation';

/**
 * A message in the app's Messages tab gets the same answers, in the DM. Edits, joins and other subtypes,
 * and anything a bot wrote (this one included), are ignored.
 */
export const directMessage =
  ({ store, events }: ListenerDeps) =>
  async ({ event, client, logger }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const startedAt = performance.now();
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined || event.bot_id) return;
    try {
      const reply = store.service.reply(event.text ?? '', { ephemeral: false });
      recordReply(events, 'dm', reply, event.user);
      await replyInConversation(client, logger, { channel: event.channel, threadTs: event.thread_ts }, reply, {
        type: 'dm',
        startedAt,
      });
    } catch (error) {
      logger.error({ event: 'dm_failed' }, error);
    }
  };
