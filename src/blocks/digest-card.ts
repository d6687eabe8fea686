import type { types } from '@slack/bolt';
import type { UsageSummary } from '../analytics/usage-summary';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, divider, header, type Message, section } from './elements';
import { LIMITS } from './limits';
import { escapeUserText, quoteUserText } from './text';
import { figuresBlock, periodText, unansweredBlock, unpickedBlocks } from './usage-summary';

/** A learned phrasing as the digest shows it: what was asked, and the FAQ it now answers with. */
export interface DigestPhrasing {
  question: string;
  faqId: string;
  faqQuestion: string;
  people: number;
}

const UNANSWERED_SHOWN = 10;

/**
 * The weekly digest for the HR channel: the figures, the top unanswered questions, and each phrasing learned
 * since the last digest with Keep and Undo. However busy the week, it stays within Slack's 50 blocks: the
 * phrasings that don't fit are counted, and `npm run learn` lists them all.
 */
export function buildDigest(summary: UsageSummary, learned: readonly DigestPhrasing[]): Message {
  const top: types.KnownBlock[] = [
    header('HR FAQ: the week in review'),
    context(periodText(summary)),
    figuresBlock(summary),
    unansweredBlock(summary, UNANSWERED_SHOWN),
    ...unpickedBlocks(summary, UNANSWERED_SHOWN),
    divider(),
  ];
  const learnedBlocks: types.KnownBlock[] = [];
  if (learned.length === 0) {
    learnedBlocks.push(section('*Learned phrasings*\nNothing new learned this week.'));
  } else {
    learnedBlocks.push(
      section(
        '*Learned phrasings*\nSeveral different people asked these and chose the same answer, so I now answer them with it. ' +
          '*Keep* marks one to be written into the FAQ (`npm run learn -- --apply`); *Undo* stops it at once, for good.',
      ),
    );
    // Two blocks per phrasing; one block is kept for the "more" line.
    const room = Math.floor((LIMITS.messageBlocks - top.length - learnedBlocks.length - 1) / 2);
    const shown = learned.slice(0, room);
    shown.forEach((phrasing, index) => {
      const value = encodeValue({ q: phrasing.question, id: phrasing.faqId });
      learnedBlocks.push(
        section(
          `“${quoteUserText(phrasing.question, 200)}” → *${escapeUserText(phrasing.faqQuestion)}* ` +
            `(${phrasing.people} people)`,
        ),
        actions(
          [button('Keep', ACTIONS.keepLearned, value, 'primary'), button('Undo', ACTIONS.undoLearned, value, 'danger')],
          `hrfaq_learned_${index}`,
        ),
      );
    });
    const more = learned.length - shown.length;
    if (more > 0) learnedBlocks.push(context(`…and ${more} more: \`npm run learn\` lists them all.`));
  }
  return {
    text: `HR FAQ this week: ${summary.questions} questions, ${learned.length} learned phrasing${learned.length === 1 ? '' : 's'}`,
    blocks: [...top, ...learnedBlocks],
  };
}
