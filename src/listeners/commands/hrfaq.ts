import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { buildStatsCard } from '../../blocks/usage-summary';
import { fromSlackText } from '../../slack/slack-text';
import type { ListenerDeps } from '../listener-deps';
import { recordReply, replyFields } from '../record-events';
import { noteRequest } from '../request-log';

export const HRFAQ_COMMAND = '/hrfaq';

/** The figures must be read well within Slack's 3 seconds for the acknowledgement. */
export const STATS_WAIT_MS = 2000;

/** The summary, or a rejection once `ms` have passed (the database may be slow or down). */
function summaryWithin<T>(summary: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no figures within ${ms} ms`)), ms);
  });
  return Promise.race([summary, late]).finally(() => clearTimeout(timer));
}

/**
 * `/hrfaq <question>`: acknowledges with the card itself, well within Slack's 3 seconds. The reply is
 * ephemeral because HR questions can be personal; the card's "Share in channel" makes it public.
 */
export const hrfaqCommand =
  ({ store, events, hr }: ListenerDeps) =>
  async ({ command, ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const text = fromSlackText(command.text);
    // `/hrfaq stats`: the week's figures, privately, for HR admins only.
    if (/^stats$/i.test(text.trim())) {
      const admin = hr?.isAdmin(command.user_id) === true;
      noteRequest(context, { band: 'stats', outcome: admin ? undefined : 'not_hr' });
      const { notices } = store.service;
      const message =
        admin && hr
          ? await summaryWithin(hr.summary(), STATS_WAIT_MS).then(buildStatsCard, () => notices.statsUnavailable())
          : notices.statsForHr();
      await ack({ response_type: 'ephemeral', ...message });
      return;
    }
    const reply = store.service.reply(text, { ephemeral: true });
    await ack({ response_type: 'ephemeral', ...reply.message });
    recordReply(events, 'command', reply, command.user_id);
    noteRequest(context, replyFields(reply));
  };
