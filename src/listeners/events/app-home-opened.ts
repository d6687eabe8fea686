import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { waitOutRateLimits } from '../../slack/rate-limited';
import type { ListenerDeps } from '../listener-deps';
import { noteRequest } from '../request-log';

/** Publishes the Home tab (intro, how to ask, topics) whenever someone opens it, so it is always current. */
export const appHomeOpened =
  ({ store, hr }: ListenerDeps) =>
  async ({ event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') {
      noteRequest(context, { outcome: 'ignored' });
      return;
    }
    // HR admins see the week's figures above the topics (the topics alone when the figures can't be read).
    const summary = hr?.isAdmin(event.user) ? await hr.summary().catch(() => undefined) : undefined;
    await waitOutRateLimits(() => client.views.publish({ user_id: event.user, view: store.service.homeView(summary) }));
  };
