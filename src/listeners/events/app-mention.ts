import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { fromSlackText } from '../../slack/slack-text';
import type { ListenerDeps } from '../listener-deps';
import { postMessage } from '../post-message';
import { recordReply, replyFields } from '../record-events';
import { noteRequest } from '../request-log';

/** Removes the mention(s) of this bot, wherever they are, keeping the rest of the text. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** `@hrfaq <question>` in a channel: answered in a thread under the mention; an empty mention gets help. */
export const appMention =
  ({ store, events }: ListenerDeps) =>
  async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    // Bolt's ignoreSelf drops this bot's own messages; other bots never start a conversation with us either.
    if (event.bot_id) {
      noteRequest(context, { outcome: 'ignored' });
      return;
    }
    const reply = store.service.reply(fromSlackText(stripBotMention(event.text, context.botUserId)), {
      ephemeral: false,
    });
    recordReply(events, 'mention', reply, event.user);
    noteRequest(context, replyFields(reply));
    await postMessage(client, { channel: event.channel, threadTs: event.thread_ts ?? event.ts }, reply.message);
  };
