import type { Faq } from '../knowledge/faq-schema';
import type { MatchResult } from '../matching/matcher';
import { buildDidYouMeanCard } from './did-you-mean-card';
import type { Message } from './elements';
import { buildNoMatchCard } from './no-match-card';

/** What a reply needs besides the match itself; the Slack app and the CLI pass the same. */
export interface ReplyContext {
  /** The card for an answered FAQ (the service builds and caches these). */
  answerCard: (faq: Faq) => Message;
  popular: readonly Faq[];
  /** An HR channel is configured, so "Ask HR" can be offered. */
  askHr: boolean;
}

/** The message for a match result, by band: the answer card, "did you mean", or the no-match fallback. */
export function buildReply(result: MatchResult, context: ReplyContext): Message {
  if (result.band === 'answer' && result.match) return context.answerCard(result.match.faq);
  if (result.band === 'did-you-mean' && result.suggestions.length > 0) {
    return buildDidYouMeanCard(
      result.query,
      result.suggestions.map(({ faq }) => faq),
      { companySpecific: result.companySpecific, askHr: context.askHr },
    );
  }
  return buildNoMatchCard(result.query, { popular: context.popular, askHr: context.askHr });
}
