import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps';

/**
 * View listeners. The one view hrfaq opens, the answer modal for App Home, has no submit button: its
 * buttons are block actions, handled in ../actions. This is where view_submission handlers would go.
 */
export function register(_app: App, _deps: ListenerDeps): void {}
