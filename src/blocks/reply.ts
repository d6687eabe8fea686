import type { Faq } from '../knowledge/faq-schema';
import type { MatchResult } from '../matching/matcher';
import { buildAnswerCard } from './answer-card';
import { buildDidYouMeanCard } from './did-you-mean-card';
import type { Message } from './elements';
import { buildNoMatchCard } from './no-match-card';

/** What a reply needs besides the match itself; the Slack app and the CLI pass the same. */
export interface ReplyContext {
  related: (faq: Faq) => readonly Faq[];
  popular: readonly Faq[];
  /** The reply is ephemeral (a slash command): offer "Share in channel". */
  ephemeral: boolean;
  /** Offer 👍 / 👎 on answers. */
  feedback: boolean;
  /** An HR channel is configured, so "Ask HR" can be offered. */
  askHr: boolean;
}

/** The message for a match result, by band: the answer card, "did you mean", or the no-match fallback. */
export function buildReply(result: MatchResult, context: ReplyContext): Message {
  if (result.band === 'answer' && result.match) {
    const { faq } = result.match;
    return buildAnswerCard(faq, {
      related: context.related(faq),
      ephemeral: context.ephemeral,
      feedback: context.feedback,
    });
  }
  if (result.band === 'did-you-mean' && result.suggestions.length > 0) {
    return buildDidYouMeanCard(
      result.query,
      result.suggestions.map(({ faq }) => faq),
      { companySpecific: result.companySpecific, askHr: context.askHr },
    );
  }
  return buildNoMatchCard(result.query, { popular: context.popular, askHr: context.askHr });
}
