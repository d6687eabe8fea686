import { decodeValue, questionValueSchema } from '../../blocks/action-ids';
import { buildNoMatchCard } from '../../blocks/no-match-card';
import type { ListenerDeps } from '../listener-deps';
import { logHandled } from '../request-log';
import type { ButtonArgs } from './button-args';
import { deliver, notify, placeOf } from './deliver';

const LEAD = "Thanks, that helps HR improve these answers. I don't have a better match for that question.";

/** "None of these" under a did-you-mean card: no guessing, just how to ask and where else to turn. */
export const noneOfThese =
  ({ store, events }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, logger } = args;
    await ack();
    const startedAt = performance.now();
    try {
      const value = decodeValue(questionValueSchema, action.value);
      const message = buildNoMatchCard(value?.q ?? '', {
        popular: store.service.popular(),
        askHr: store.service.options.askHr && value !== undefined,
        lead: LEAD,
      });
      const place = placeOf(body);
      // Replace a private did-you-mean card; under a public one, answer only the person who clicked.
      if (place.kind === 'ephemeral') await deliver(args, place, message);
      else await notify(args, place, message);
      if (value) events.record({ kind: 'no-match', surface: 'button', question: value.q, userId: body.user.id });
      logHandled(logger, { type: 'action:none_of_these', startedAt });
    } catch (error) {
      logger.error({ event: 'none_of_these_failed' }, error);
    }
  };
