import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps';
import { HRFAQ_COMMAND, hrfaqCommand } from './hrfaq';

export function register(app: App, deps: ListenerDeps): void {
  app.command(HRFAQ_COMMAND, hrfaqCommand(deps));
}
