import type { types } from '@slack/bolt';
import type { UsageSummary } from '../analytics/usage-summary';
import { context, type Message, section } from './elements';
import { LIMITS } from './limits';
import { quoteUserText, truncate } from './text';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "1–7 Dec" style period line, in UTC days as the event log keeps them. */
export function periodText(summary: Pick<UsageSummary, 'since' | 'until'>): string {
  return `${summary.since.slice(0, 10)} to ${summary.until.slice(0, 10)}`;
}

/** The figures as a section of fields: questions, share answered, did-you-mean, no match, 👎 rate, Ask HR. */
export function figuresBlock(summary: UsageSummary): types.SectionBlock {
  const fields = [
    `*Questions*\n${summary.questions}`,
    `*Answered*\n${percent(summary.answeredShare)} (${summary.answered})`,
    `*Did you mean…?*\n${summary.didYouMean}${summary.previewed > 0 ? ` (${summary.previewed} with a likely answer shown)` : ''}`,
    `*No match*\n${summary.noMatch}`,
    `*👎 rate*\n${summary.votes === 0 ? 'no votes' : `${percent(summary.downRate)} of ${summary.votes} votes`}`,
    `*Ask HR*\n${summary.askHr}`,
  ];
  return { type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) };
}

/** A titled list of questions, one line each with how often, and how many more there are. */
function questionsSection(
  title: string,
  questions: ReadonlyArray<{ question: string; count: number }>,
  limit: number,
): types.SectionBlock {
  const shown = questions.slice(0, limit);
  const lines = shown.map(({ question, count }) => `• ${count}× “${quoteUserText(question, 150)}”`);
  const more = questions.length - shown.length;
  if (more > 0) lines.push(`_…and ${more} more (\`npm run report\` lists them all)_`);
  return section(truncate(`${title}\n${lines.join('\n')}`, LIMITS.sectionText));
}

/** The most asked unanswered questions, one line each, with how many more there are. */
export function unansweredBlock(summary: UsageSummary, limit: number): types.SectionBlock {
  if (summary.unanswered.length === 0) return section('*Top unanswered questions*\nNone: every question found an FAQ.');
  return questionsSection('*Top unanswered questions*', summary.unanswered, limit);
}

/**
 * The questions offered "Did you mean…?" choices with no click after them, most such first; none when there
 * are none (the choices missed, or the FAQ has no answer).
 */
export function unpickedBlocks(summary: UsageSummary, limit: number): types.SectionBlock[] {
  if (summary.unpicked.length === 0) return [];
  return [questionsSection('*Offered choices, nothing clicked*', summary.unpicked, limit)];
}

/** The same summary everywhere HR looks: figures, then the top unanswered questions. */
export function summaryBlocks(summary: UsageSummary, unansweredLimit = 5): types.KnownBlock[] {
  return [
    figuresBlock(summary),
    unansweredBlock(summary, unansweredLimit),
    ...unpickedBlocks(summary, unansweredLimit),
    context(`Last 7 days, ${periodText(summary)}`),
  ];
}

/** `/hrfaq stats` for an HR admin. */
export function buildStatsCard(summary: UsageSummary): Message {
  return {
    text: `HR FAQ: ${summary.questions} questions, ${percent(summary.answeredShare)} answered`,
    blocks: [section('*HR FAQ this week*'), ...summaryBlocks(summary)],
  };
}
