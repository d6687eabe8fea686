import type { Faq } from '../knowledge/faq-schema';
import { type Message, section } from './elements';
import { LIMITS } from './limits';
import { escapeUserText, truncate } from './text';
import { topicBlocks } from './topic-list';

/** `/hrfaq list`: every topic by category, as buttons that open the answers. */
export function buildTopicListCard(categories: ReadonlyMap<string, readonly Faq[]>): Message {
  const count = [...categories.values()].reduce((sum, faqs) => sum + faqs.length, 0);
  const intro = section(`*HR FAQ topics* (${count} questions). Pick one, or ask me in your own words.`);
  return {
    text: truncate(`HR FAQ topics: ${[...categories.keys()].map(escapeUserText).join(', ')}`, LIMITS.fallbackText),
    blocks: [intro, ...topicBlocks(categories, LIMITS.messageBlocks - 1)],
  };
}
