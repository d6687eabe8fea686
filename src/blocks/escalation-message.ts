import type { Faq } from '../knowledge/faq-schema';
import { context, type Message, section } from './elements';
import { escapeUserText, quoteUserText, userMention } from './text';

export interface Escalation {
  question: string;
  /** The asker's Slack user id; it is the one mention the bot makes, so it is checked before use. */
  userId: string;
  /** The FAQ the asker was looking at when they asked (after a 👎). */
  faq?: Faq;
  /** A link to the asker's public message, when there is one. */
  permalink?: string;
}

/** The post in the HR channel: who asked, what (escaped, so it can ping no one), and where. */
export function buildEscalationMessage({ question, userId, faq, permalink }: Escalation): Message {
  const asker = userMention(userId) ?? 'Someone';
  const quoted = quoteUserText(question, 1000);
  const lines = [`:raising_hand: ${asker} asked HR a question the FAQ didn't answer:`, `>${quoted || '(no text)'}`];
  const notes: string[] = [];
  if (faq) notes.push(`They found this answer unhelpful: ${escapeUserText(faq.question)}`);
  if (permalink && /^https:\/\/[^\s<>|]+$/.test(permalink)) notes.push(`<${permalink}|Original message>`);
  else notes.push('Asked privately (slash command or DM), so there is no public message to link to.');
  return {
    text: `${asker} asked HR: ${quoted}`,
    blocks: [
      section(lines.join('\n')),
      context(...notes, 'Sent with hrfaq. Reply in a thread here or message them directly.'),
    ],
  };
}
