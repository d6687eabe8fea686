import type { App } from '@slack/bolt';
import { dedupeEvents } from '../../slack/dedupe-events';
import type { ListenerDeps } from '../listener-deps';
import { appHomeOpened } from './app-home-opened';
import { appMention } from './app-mention';
import { directMessage } from './direct-message';

/** One listener per event type; a delivery Slack retries is answered once (one memory for all three). */
export function register(app: App, deps: ListenerDeps): void {
  const onlyOnce = dedupeEvents(deps.eventIds);
  app.event('app_mention', onlyOnce, appMention(deps));
  app.event('message', onlyOnce, directMessage(deps));
  app.event('app_home_opened', onlyOnce, appHomeOpened(deps));
}
