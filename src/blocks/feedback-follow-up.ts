import type { Faq } from '../knowledge/faq-schema';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, type Message, section } from './elements';

/**
 * The private reply to a vote on a public card (a shared card can't change for one person): thanks, and
 * after a 👎 the related questions and "Ask HR".
 */
export function buildFeedbackFollowUp(faq: Faq, vote: 'up' | 'down', related: readonly Faq[], askHr: boolean): Message {
  if (vote === 'up')
    return { text: 'Thanks, glad it helped!', blocks: [section(':white_check_mark: Thanks, glad it helped!')] };
  const buttons = related
    .slice(0, 5)
    .map((other) => button(other.question, ACTIONS.openFaq, encodeValue({ id: other.id })));
  if (askHr) buttons.push(button('Ask HR', ACTIONS.askHr, encodeValue({ q: faq.question, id: faq.id }), 'primary'));
  const lead = ':memo: Thanks for telling us; HR will see it. Maybe one of these helps:';
  return {
    text: 'Thanks for telling us.',
    blocks: buttons.length > 0 ? [section(lead), actions(buttons)] : [section(lead)],
  };
}
