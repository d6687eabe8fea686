import type { App } from '@slack/bolt';
import * as actions from './actions';
import * as commands from './commands';
import * as events from './events';
import type { ListenerDeps } from './listener-deps';

/** Registers every listener; the Socket Mode, HTTP and Lambda entry points all call this. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  commands.register(app, deps);
  events.register(app, deps);
  actions.register(app, deps);
}
