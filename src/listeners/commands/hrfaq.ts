import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { fromSlackText } from '../../slack/slack-text';
import type { ListenerDeps } from '../listener-deps';
import { recordReply, replyFields } from '../record-events';
import { noteRequest } from '../request-log';

export const HRFAQ_COMMAND = '/hrfaq';

/**
 * `/hrfaq <question>`: acknowledges with the card itself, well within Slack's 3 seconds. The reply is
 * ephemeral because HR questions can be personal; the card's "Share in channel" makes it public.
 */
export const hrfaqCommand =
  ({ store, events }: ListenerDeps) =>
  async ({ command, ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const reply = store.service.reply(fromSlackText(command.text), { ephemeral: true });
    await ack({ response_type: 'ephemeral', ...reply.message });
    recordReply(events, 'command', reply, command.user_id);
    noteRequest(context, replyFields(reply));
  };
