import type { App } from '@slack/bolt';
import { dedupeEvents } from '../../slack/dedupe-events';
import type { ListenerDeps } from '../listener-deps';
import { appHomeOpened } from './app-home-opened';
import { appMention } from './app-mention';
import { directMessage } from './direct-message';

export function register(app: App, deps: ListenerDeps): void {
  // Each listener remembers the event ids it has handled, so a retried delivery is answered once.
  app.event('app_mention', dedupeEvents(), appMention(deps));
  app.event('message', dedupeEvents(), directMessage(deps));
  app.event('app_home_opened', dedupeEvents(), appHomeOpened(deps));
}
