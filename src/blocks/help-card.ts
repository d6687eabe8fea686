import type { Faq } from '../knowledge/faq-schema';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, type Message, section } from './elements';

const USAGE = [
  '*Ask me an HR question* and I will answer from the HR FAQ.',
  '• `/hrfaq &lt;question&gt;`: only you see the answer, and you can share it in the channel',
  '• `/hrfaq list`: browse every topic',
  '• mention me in a channel (`@hrfaq what is a peo`): I answer in a thread',
  '• or send me a direct message',
].join('\n');

const EXAMPLES = 'Examples: `/hrfaq peo vs aso`, `/hrfaq what is co-employment`, `/hrfaq how do aso fees work`';

/** Usage and examples, for `/hrfaq`, `/hrfaq help` and empty mentions. */
export function buildHelpCard(popular: readonly Faq[] = []): Message {
  const blocks: Message['blocks'] = [section(USAGE), context(EXAMPLES)];
  if (popular.length > 0) {
    blocks.push(context('*Questions people often ask*'));
    blocks.push(
      actions(
        popular.slice(0, 5).map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id }))),
        'hrfaq_popular',
      ),
    );
  }
  return { text: 'Ask me an HR question: /hrfaq &lt;question&gt;, or /hrfaq list to browse topics.', blocks };
}
