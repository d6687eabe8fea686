import type { types } from '@slack/bolt';
import type { Faq } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, fitBlocks, header, type Message, sections } from './elements';
import { LIMITS, MAX_RELATED_BUTTONS } from './limits';
import { markdownToMrkdwn } from './mrkdwn';
import { escapeUserText, splitMrkdwn, truncate, userMention } from './text';

export type Vote = 'up' | 'down';

export interface AnswerCardOptions {
  /** Related FAQs to offer as buttons, best first (at most six are shown). */
  related?: readonly Faq[];
  /** Ephemeral cards (only the asker sees them) offer "Share in channel" and "Back". */
  ephemeral?: boolean;
  /** The FAQ the user came from, for the Back button on an ephemeral card. */
  backTo?: Faq;
  /** Slack user id of whoever shared this card publicly. */
  sharedBy?: string;
  /** Show 👍 / 👎 buttons. */
  feedback?: boolean;
  /** The vote this user just cast, acknowledged on the card. */
  vote?: Vote;
  /** Offer "Ask HR" (only after a 👎, and only when an HR channel is configured). */
  askHr?: boolean;
  /** The question this card answers, carried by 👍 / 👎 so a vote can teach about it. */
  question?: string;
}

/** The answer card: header, the answer in mrkdwn, category and links, related questions, and card actions. */
export function buildAnswerCard(faq: Faq, options: AnswerCardOptions = {}): Message {
  const answer = faq.rendered ?? markdownToMrkdwn(faq.answer);
  const body: types.KnownBlock[] = [header(faq.question), ...sections(answer)];

  const footer: types.KnownBlock[] = [context(...contextParts(faq, options.sharedBy))];
  const related = (options.related ?? []).filter((other) => other.id !== faq.id).slice(0, MAX_RELATED_BUTTONS);
  if (related.length > 0) {
    footer.push(context('*Related questions*'));
    footer.push(
      actions(
        related.map((other) =>
          button(
            other.question,
            ACTIONS.openFaq,
            encodeValue(options.ephemeral ? { id: other.id, from: faq.id } : { id: other.id }),
          ),
        ),
        'hrfaq_related',
      ),
    );
  }
  const cardActions = cardButtons(faq, options);
  if (options.vote) footer.push(context(voteAcknowledgement(options.vote, options.askHr === true)));
  if (cardActions.length > 0) footer.push(actions(cardActions, 'hrfaq_card_actions'));

  return { text: fallbackText(faq.question, answer), blocks: fitBlocks(body, footer) };
}

function contextParts(faq: Faq, sharedBy: string | undefined): string[] {
  const parts = [`:file_folder: ${escapeUserText(faq.category)}`];
  if (faq.links.length > 0) {
    const links = faq.links.map((link) => `<${link.url}|${escapeUserText(link.title).replace(/\|/g, '¦')}>`);
    parts.push(`:link: ${links.join(' · ')}`);
  }
  const sharer = userMention(sharedBy);
  if (sharer) parts.push(`Shared by ${sharer}`);
  return parts;
}

function cardButtons(faq: Faq, options: AnswerCardOptions): types.Button[] {
  const buttons: types.Button[] = [];
  const ref = encodeValue({ id: faq.id });
  if (options.ephemeral) buttons.push(button('Share in channel', ACTIONS.share, ref, 'primary'));
  if (options.feedback) {
    const voteRef =
      options.question === undefined
        ? ref
        : encodeValue({ id: faq.id, q: truncate(options.question, MAX_QUERY_LENGTH) });
    buttons.push(button(options.vote === 'up' ? '👍 Helpful ✓' : '👍 Helpful', ACTIONS.feedbackUp, voteRef));
    buttons.push(
      button(options.vote === 'down' ? '👎 Not helpful ✓' : '👎 Not helpful', ACTIONS.feedbackDown, voteRef),
    );
  }
  if (options.askHr) buttons.push(button('Ask HR', ACTIONS.askHr, encodeValue({ q: faq.question, id: faq.id })));
  if (options.ephemeral && options.backTo) {
    buttons.push(button(`← Back: ${options.backTo.question}`, ACTIONS.back, encodeValue({ id: options.backTo.id })));
  }
  return buttons;
}

function voteAcknowledgement(vote: Vote, askHr: boolean): string {
  if (vote === 'up') return ':white_check_mark: Thanks, glad it helped!';
  return askHr
    ? ':memo: Thanks for telling us. Try a related question above, or ask HR directly.'
    : ':memo: Thanks for telling us. Try a related question above.';
}

/**
 * The notification text: the question and the start of the answer. Slack parses `text` as mrkdwn too,
 * so it stays escaped, and it is cut at a safe boundary rather than inside a link or an entity.
 */
export function fallbackText(question: string, answerMrkdwn: string): string {
  // The converter's zero-width spaces (which keep *bold* working next to punctuation) only clutter a notification.
  // Only the first piece is needed, so only the start of a long answer is split.
  const start = answerMrkdwn.slice(0, FALLBACK_ANSWER_LENGTH * 4);
  const opening = (splitMrkdwn(start, FALLBACK_ANSWER_LENGTH)[0] ?? '').replace(/\u200b/g, '');
  return truncate(`${escapeUserText(question)}\n${opening}`, LIMITS.fallbackText);
}

const FALLBACK_ANSWER_LENGTH = 300;
