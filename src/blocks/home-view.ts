import type { types } from '@slack/bolt';
import type { UsageSummary } from '../analytics/usage-summary';
import type { Faq } from '../knowledge/faq-schema';
import { context, divider, header, section } from './elements';
import { LIMITS } from './limits';
import { escapeUserText } from './text';
import { topicBlocks } from './topic-list';
import { summaryBlocks } from './usage-summary';

const INTRO =
  "Hi! I answer HR questions from the HR team's FAQ. Ask in your own words: I'll find the closest answer, " +
  "and tell you honestly when I don't know.";

function howToAsk(examples: readonly string[]): string {
  const [first, second] = examples.map(escapeUserText);
  return [
    '*How to ask*',
    `• Type \`/hrfaq &lt;question&gt;\` anywhere${first ? `, e.g. \`/hrfaq ${first}\`` : ''}`,
    '• Send me a message in the *Messages* tab',
    `• Mention me in a channel${(second ?? first) ? `: \`@hrfaq ${second ?? first}\`` : ''}`,
  ].join('\n');
}

/**
 * The App Home tab: intro, how to ask, and topics by category as buttons. The biggest categories come
 * first, and within Slack's 100-block limit; the rest point to `/hrfaq list`. HR admins get the week's
 * summary (`summary`) above the topics.
 */
export function buildHomeView(
  categories: ReadonlyMap<string, readonly Faq[]>,
  examples: readonly string[] = [],
  summary?: UsageSummary,
): types.HomeView & { blocks: types.KnownBlock[] } {
  const top: types.KnownBlock[] = [
    header('HR FAQ'),
    section(INTRO),
    section(howToAsk(examples)),
    divider(),
    ...(summary ? [header('This week (HR only)'), ...summaryBlocks(summary), divider()] : []),
    header('Topics'),
  ];
  const bySize = new Map([...categories.entries()].sort((a, b) => b[1].length - a[1].length));
  const footer = [context('Answers come from the HR FAQ. For anything specific to you, contact HR.')];
  const budget = LIMITS.viewBlocks - top.length - footer.length;
  return { type: 'home', blocks: [...top, ...topicBlocks(bySize, budget), ...footer] };
}
