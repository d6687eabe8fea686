import type { App } from '@slack/bolt';
import { ACTIONS, actionIdPattern, unknownActionPattern } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { noneOfThese } from './none-of-these';
import { openFaq } from './open-faq';
import { shareAnswer } from './share-answer';

export function register(app: App, deps: ListenerDeps): void {
  app.action(actionIdPattern(ACTIONS.openFaq), openFaq(deps));
  app.action(actionIdPattern(ACTIONS.back), openFaq(deps, 'action:back'));
  app.action(actionIdPattern(ACTIONS.share), shareAnswer(deps));
  app.action(actionIdPattern(ACTIONS.noneOfThese), noneOfThese(deps));
  // Anything else (an old or forged action id) is acknowledged and ignored, so Slack shows no error.
  app.action(unknownActionPattern(), async ({ ack }) => ack());
}
