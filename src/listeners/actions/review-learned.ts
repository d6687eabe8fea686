import { ACTIONS, decodeValue, learnedValueSchema } from '../../blocks/action-ids';
import { quoteUserText } from '../../blocks/text';
import type { ListenerDeps } from '../listener-deps';
import { noteRequest } from '../request-log';
import { type ButtonArgs, notify, placeOf, replyUnavailable } from './deliver';

/**
 * Keep or Undo on a learned phrasing in the weekly digest. Only HR admins may press them (or, with no
 * HR_ADMINS set, anyone in the HR channel, where alone the digest is posted). Undo takes effect at once.
 */
export const reviewLearned =
  ({ store, learning, hr }: ListenerDeps) =>
  async (args: ButtonArgs) => {
    const { ack, action, body, context } = args;
    await ack();
    const { notices } = store.service;
    const place = placeOf(body);
    if (!learning) {
      await notify(args, place, notices.learningOff());
      return;
    }
    const value = decodeValue(learnedValueSchema, action.value);
    if (!value) {
      await replyUnavailable(args, place, notices.learnedGone());
      return;
    }
    const inHrChannel = body.channel?.id !== undefined && body.channel.id === store.service.options.hrChannelId;
    const allowed = hr?.hasAdmins ? hr.isAdmin(body.user.id) : inHrChannel;
    if (!allowed) {
      noteRequest(context, { outcome: 'not_hr' });
      await notify(args, place, notices.learnedForHr());
      return;
    }
    const pair = { question: value.q, faq: value.id };
    const quoted = quoteUserText(value.q);
    if (action.action_id.startsWith(ACTIONS.undoLearned)) {
      const undone = await learning.undo(pair);
      noteRequest(context, { faq: value.id, outcome: undone ? 'undone' : 'unknown' });
      await notify(args, place, undone ? notices.learnedUndone(quoted) : notices.learnedGone());
      return;
    }
    const kept = await learning.keep(pair);
    noteRequest(context, { faq: value.id, outcome: kept ? 'kept' : 'unknown' });
    await notify(args, place, kept ? notices.learnedKept(quoted) : notices.learnedGone());
  };
