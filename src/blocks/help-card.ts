import { context, type Message, section } from './elements';
import { exampleList, type PopularFaqs, popularBlocks } from './popular';
import { escapeUserText } from './text';

function usage(example: string | undefined, greeting: string | undefined): string {
  return [
    `${greeting ? `${greeting} ` : ''}*Ask me an HR question* and I will answer from the HR FAQ.`,
    '• `/hrfaq &lt;question&gt;`: only you see the answer, and you can share it in the channel',
    '• `/hrfaq list`: browse every topic',
    `• mention me in a channel${example ? ` (\`@hrfaq ${example}\`)` : ''}: I answer in a thread`,
    '• or send me a direct message',
  ].join('\n');
}

/**
 * Usage and examples, for `/hrfaq`, `/hrfaq help` and empty mentions. The examples are questions from the
 * knowledge base itself (see KnowledgeBase.examples), so they always find an answer.
 */
export function buildHelpCard(examples: readonly string[] = [], popular?: PopularFaqs, greeting?: string): Message {
  const safe = examples.map(escapeUserText);
  const blocks: Message['blocks'] = [section(usage(safe[0], greeting))];
  if (safe.length > 0) blocks.push(context(`Examples: ${exampleList(safe, '/hrfaq ')}`));
  blocks.push(...popularBlocks(popular));
  return { text: 'Ask me an HR question: /hrfaq &lt;question&gt;, or /hrfaq list to browse topics.', blocks };
}
