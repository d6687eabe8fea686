import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { NOTICES } from '../../blocks/notice-card';
import type { Reply } from '../../service/hrfaq-service';
import type { ListenerDeps } from '../listener-deps';
import { recordReply } from '../record-events';
import { logHandled } from '../request-log';

export const HRFAQ_COMMAND = '/hrfaq';

/**
 * `/hrfaq <question>`: acknowledges with the card itself, well within Slack's 3 seconds. The reply is
 * ephemeral because HR questions can be personal; the card's "Share in channel" makes it public.
 */
export const hrfaqCommand =
  ({ store, events }: ListenerDeps) =>
  async ({ command, ack, logger }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const startedAt = performance.now();
    let reply: Reply;
    try {
      reply = store.service.reply(command.text, { ephemeral: true });
    } catch (error) {
      logger.error({ event: 'command_failed' }, error);
      await ack({ response_type: 'ephemeral', ...NOTICES.somethingWentWrong() });
      return;
    }
    await ack({ response_type: 'ephemeral', ...reply.message });
    recordReply(events, 'command', reply, command.user_id);
    logHandled(logger, {
      type: 'command',
      band: reply.kind === 'answer' ? reply.result.band : reply.kind,
      faq: reply.kind === 'answer' ? reply.result.match?.faq.id : undefined,
      startedAt,
    });
  };
