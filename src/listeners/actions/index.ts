import type { App } from '@slack/bolt';
import { ACTIONS, actionIdPattern, FOREIGN_ACTION_ID } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { askHr } from './ask-hr';
import { feedback } from './feedback';
import { noneOfThese } from './none-of-these';
import { openFaq } from './open-faq';
import { reviewLearned } from './review-learned';
import { shareAnswer } from './share-answer';

export function register(app: App, deps: ListenerDeps): void {
  app.action(actionIdPattern(ACTIONS.openFaq, ACTIONS.back), openFaq(deps));
  app.action(actionIdPattern(ACTIONS.share), shareAnswer(deps));
  app.action(actionIdPattern(ACTIONS.noneOfThese), noneOfThese(deps));
  app.action(actionIdPattern(ACTIONS.feedbackUp, ACTIONS.feedbackDown), feedback(deps));
  app.action(actionIdPattern(ACTIONS.askHr), askHr(deps));
  app.action(actionIdPattern(ACTIONS.keepLearned, ACTIONS.undoLearned), reviewLearned(deps));
  // Anything else (an old card's action, or a forged id) is acknowledged and ignored, so Slack shows no error.
  app.action(FOREIGN_ACTION_ID, async ({ ack }) => ack());
}
