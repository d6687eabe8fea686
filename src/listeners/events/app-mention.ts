import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps';
import { recordReply } from '../record-events';
import { replyInConversation } from './reply-in-conversation';

/** Removes the mention(s) of this bot, wherever they are, keeping the rest of the text. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** `@hrfaq <question>` in a channel: answered in a thread under the mention; an empty mention gets help. */
export const appMention =
  ({ store, events }: ListenerDeps) =>
  async ({ event, client, context, logger }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    const startedAt = performance.now();
    if (event.bot_id) return; // other bots (and this one) never start a conversation with us
    try {
      const reply = store.service.reply(stripBotMention(event.text, context.botUserId), { ephemeral: false });
      recordReply(events, 'mention', reply, event.user);
      await replyInConversation(
        client,
        logger,
        { channel: event.channel, threadTs: event.thread_ts ?? event.ts },
        reply,
        { type: 'mention', startedAt },
      );
    } catch (error) {
      logger.error({ event: 'mention_failed' }, error);
    }
  };
