import { decodeValue, questionValueSchema } from '../../blocks/action-ids';
import type { ListenerDeps } from '../listener-deps';
import { type ButtonArgs, deliver, notify, placeOf } from './deliver';

/** "None of these" under a did-you-mean card: no guessing, just how to ask and where else to turn. */
export const noneOfThese =
  ({ store, events }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const value = decodeValue(questionValueSchema, action.value);
    const message = store.service.noneOfThese(value?.q);
    const place = placeOf(body);
    // Replace a private did-you-mean card; under a public one, answer only the person who clicked.
    await (place.kind === 'ephemeral' ? deliver(args, place, message) : notify(args, place, message));
    if (value) events.record({ kind: 'no-match', surface: 'button', question: value.q, userId: body.user.id });
  };
