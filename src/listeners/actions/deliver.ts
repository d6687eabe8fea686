import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildAnswerModal } from '../../blocks/answer-modal';
import type { Message } from '../../blocks/elements';
import type { CardVisibility } from '../../service/hrfaq-service';
import { reliableRespond } from '../../slack/reliable-respond';
import { postMessage } from '../post-message';
import { noteRequest } from '../request-log';

/** The arguments of a button click, the only kind of action hrfaq emits. */
export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Where a button was clicked, which decides where its result goes. */
export type Place =
  | { kind: 'ephemeral' }
  | { kind: 'home'; triggerId: string }
  | { kind: 'modal'; viewId: string }
  | { kind: 'conversation'; channel: string; threadTs?: string; messageTs?: string };

export function placeOf(body: ButtonArgs['body']): Place {
  if (body.view?.type === 'home') return { kind: 'home', triggerId: body.trigger_id };
  if (body.view?.type === 'modal') return { kind: 'modal', viewId: body.view.id };
  if (body.container?.is_ephemeral === true || !body.message || !body.channel) return { kind: 'ephemeral' };
  const channel = body.channel.id;
  const threadTs = typeof body.message.thread_ts === 'string' ? body.message.thread_ts : undefined;
  // A public card gets its follow-ups in its thread; a top-level card in a DM simply gets a new message.
  const isDm = channel.startsWith('D');
  return {
    kind: 'conversation',
    channel,
    threadTs: threadTs ?? (isDm ? undefined : body.message.ts),
    messageTs: body.message.ts,
  };
}

/** Who sees a card shown at each place: only ephemeral cards can be shared or navigated back. */
export function visibilityOf(place: Place): CardVisibility {
  return { ephemeral: place.kind === 'ephemeral' };
}

/**
 * Shows a message where the click happened: replaces an ephemeral card, opens or updates a modal for
 * App Home, or replies in the conversation's thread. When the bot can't post there (it isn't a member
 * of the channel, say), the clicker gets the message privately instead of nothing.
 */
export async function deliver(args: ButtonArgs, place: Place, message: Message): Promise<void> {
  const { client, logger } = args;
  const respond = reliableRespond(args.respond, logger);
  switch (place.kind) {
    case 'ephemeral':
      await respond({ response_type: 'ephemeral', replace_original: true, text: message.text, blocks: message.blocks });
      return;
    case 'home':
      await client.views.open({ trigger_id: place.triggerId, view: buildAnswerModal(message) });
      return;
    case 'modal':
      await client.views.update({ view_id: place.viewId, view: buildAnswerModal(message) });
      return;
    case 'conversation':
      try {
        await postMessage(client, { channel: place.channel, threadTs: place.threadTs }, message);
      } catch (error) {
        logger.warn({ event: 'post_failed_replying_privately' }, error);
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: message.text,
          blocks: message.blocks,
        });
      }
      return;
  }
}

/** A private notice for the clicker that never replaces the card they clicked on (except in a modal). */
export async function notify(args: ButtonArgs, place: Place, message: Message): Promise<void> {
  if (place.kind === 'home' || place.kind === 'modal') {
    await deliver(args, place, message);
    return;
  }
  await reliableRespond(
    args.respond,
    args.logger,
  )({
    response_type: 'ephemeral',
    replace_original: false,
    text: message.text,
    blocks: message.blocks,
  });
}

/** The polite reply to a button whose value is forged or malformed, or names an FAQ that is gone. */
export async function replyUnavailable(args: ButtonArgs, place: Place, message: Message): Promise<void> {
  noteRequest(args.context, { outcome: 'unavailable' });
  await notify(args, place, message);
}
