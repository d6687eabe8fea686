import type { types } from '@slack/bolt';
import type { Message } from './elements';
import { LIMITS } from './limits';

export const ANSWER_MODAL_CALLBACK_ID = 'hrfaq_answer_modal';

/** An answer card as a modal, for clicks in App Home; its buttons update the same modal. */
export function buildAnswerModal(card: Message): types.ModalView & { blocks: types.KnownBlock[] } {
  return {
    type: 'modal',
    callback_id: ANSWER_MODAL_CALLBACK_ID,
    title: { type: 'plain_text', text: 'HR FAQ' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: card.blocks.slice(0, LIMITS.viewBlocks),
  };
}
