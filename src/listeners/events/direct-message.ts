import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { fromSlackText } from '../../slack/slack-text';
import type { ListenerDeps } from '../listener-deps';
import { postMessage } from '../post-message';
import { recordReply, replyFields } from '../record-events';
import { noteRequest } from '../request-log';

/**
 * A message in the app's Messages tab gets the same answers, in the DM. Edits, joins and other subtypes
 * (other bots' `bot_message` included) are ignored; Bolt's ignoreSelf drops the bot's own messages.
 */
export const directMessage =
  ({ store, events }: ListenerDeps) =>
  async ({ event, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) {
      noteRequest(context, { outcome: 'ignored' });
      return;
    }
    const reply = store.service.reply(fromSlackText(event.text ?? ''), { ephemeral: false });
    recordReply(events, 'dm', reply, event.user);
    noteRequest(context, replyFields(reply));
    await postMessage(client, { channel: event.channel, threadTs: event.thread_ts }, reply.message);
  };
