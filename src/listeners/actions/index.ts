import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTIONS, baseActionId } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { askHr } from './ask-hr';
import type { ButtonArgs } from './button-args';
import { feedback } from './feedback';
import { noneOfThese } from './none-of-these';
import { openFaq } from './open-faq';
import { shareAnswer } from './share-answer';

type ButtonHandler = (args: ButtonArgs) => Promise<void>;

/** hrfaq only emits buttons; anything else that arrives is not ours to handle. */
function isButtonClick(args: SlackActionMiddlewareArgs & AllMiddlewareArgs): args is ButtonArgs {
  return args.body.type === 'block_actions' && args.action.type === 'button';
}

/**
 * One handler per action id. They are registered as a single Bolt listener that routes by id, because Bolt
 * runs every registered listener's filters on every incoming request (slash commands included): measured
 * with `npm run bench:load`, each extra registration costs about 5 µs per request.
 */
export function register(app: App, deps: ListenerDeps): void {
  const byId = new Map<string, ButtonHandler>([
    [ACTIONS.openFaq, openFaq(deps)],
    [ACTIONS.back, openFaq(deps, 'action:back')],
    [ACTIONS.share, shareAnswer(deps)],
    [ACTIONS.noneOfThese, noneOfThese(deps)],
    [ACTIONS.feedbackUp, feedback(deps, 'up')],
    [ACTIONS.feedbackDown, feedback(deps, 'down')],
    [ACTIONS.askHr, askHr(deps)],
  ]);

  app.action({ type: 'block_actions' }, async (args) => {
    const handler = isButtonClick(args) ? byId.get(baseActionId(args.action.action_id)) : undefined;
    if (handler && isButtonClick(args)) {
      await handler(args);
      return;
    }
    // Anything else (an old card's action, or a forged id) is acknowledged and ignored, so Slack shows no error.
    await args.ack();
  });
}
