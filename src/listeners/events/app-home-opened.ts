import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';

/** Publishes the Home tab (intro, how to ask, topics) whenever someone opens it, so it is always current. */
export const appHomeOpened =
  ({ store }: ListenerDeps) =>
  async ({ event, client, logger }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    const startedAt = performance.now();
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: store.service.homeView() });
      logHandled(logger, { type: 'home', startedAt });
    } catch (error) {
      logger.error({ event: 'home_failed' }, error);
    }
  };
