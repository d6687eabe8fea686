import type { App } from '@slack/bolt';
import { dedupeCommands } from '../../slack/dedupe-events';
import type { ListenerDeps } from '../listener-deps';
import { HRFAQ_COMMAND, hrfaqCommand } from './hrfaq';

export function register(app: App, deps: ListenerDeps): void {
  app.command(HRFAQ_COMMAND, dedupeCommands(deps.triggerIds), hrfaqCommand(deps));
}
