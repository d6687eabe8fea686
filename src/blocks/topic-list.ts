import type { types } from '@slack/bolt';
import type { Faq } from '../knowledge/faq-schema';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, section } from './elements';
import { LIMITS } from './limits';
import { escapeUserText } from './text';

/**
 * Categories as headings with their questions as buttons, within a block budget. Buttons beyond one
 * actions block per category, and categories beyond the budget, are summarised instead of dropped silently.
 */
export function topicBlocks(categories: ReadonlyMap<string, readonly Faq[]>, budget: number): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  const entries = [...categories.entries()];
  let shown = 0;
  for (const [category, faqs] of entries) {
    // A heading and a row of buttons (plus a note when it overflows); keep one spare for "more topics".
    const needed = faqs.length > LIMITS.actionsElements ? 3 : 2;
    if (blocks.length + needed > budget - 1) break;
    blocks.push(section(`*${escapeUserText(category)}* (${faqs.length})`));
    blocks.push(
      actions(
        faqs
          .slice(0, LIMITS.actionsElements)
          .map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id }))),
      ),
    );
    if (faqs.length > LIMITS.actionsElements) {
      blocks.push(
        context(`…and ${faqs.length - LIMITS.actionsElements} more in ${escapeUserText(category)}: ask me directly.`),
      );
    }
    shown += 1;
  }
  if (shown < entries.length) {
    blocks.push(context(`…and ${entries.length - shown} more topics. Type \`/hrfaq list\` or ask me directly.`));
  }
  return blocks;
}
