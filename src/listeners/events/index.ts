import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { dedupeEvents } from '../../slack/dedupe-events';
import type { ListenerDeps } from '../listener-deps';
import { appHomeOpened } from './app-home-opened';
import { appMention } from './app-mention';
import { directMessage } from './direct-message';

type EventArgs<Name extends string> = SlackEventMiddlewareArgs<Name> & AllMiddlewareArgs;

function isEvent<Name extends 'app_mention' | 'message' | 'app_home_opened'>(
  args: EventArgs<string>,
  name: Name,
): args is EventArgs<string> & EventArgs<Name> {
  return args.event.type === name;
}

/**
 * One handler per event type, registered as a single routed listener (as for actions): Bolt runs every
 * listener's filters on every request, slash commands included. A retried delivery is answered once.
 */
export function register(app: App, deps: ListenerDeps): void {
  const mention = appMention(deps);
  const message = directMessage(deps);
  const home = appHomeOpened(deps);
  app.event(/^(?:app_mention|message|app_home_opened)$/, dedupeEvents(), async (args) => {
    if (isEvent(args, 'app_mention')) await mention(args);
    else if (isEvent(args, 'message')) await message(args);
    else if (isEvent(args, 'app_home_opened')) await home(args);
  });
}
