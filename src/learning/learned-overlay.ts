import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { MatchResult } from '../matching/matcher';
import { normalize } from '../matching/normalize';
import type { LearnedList } from './learning-store';

/** What is learned, for answering: read on every question, so it is a plain in-memory snapshot. */
export interface LearnedOverlay {
  /** Changes whenever what is learned changes (answers cached under an older version are stale). */
  readonly version: number;
  /** The FAQ learned for a normalised question. */
  learnedFaq(question: string): string | undefined;
  /** Whether enough people gave 👎 to this FAQ for this normalised question. */
  demoted(question: string, faq: string): boolean;
}

export const NOTHING_LEARNED: LearnedOverlay = {
  version: 0,
  learnedFaq: () => undefined,
  demoted: () => false,
};

export function overlayOf(list: LearnedList, version: number): LearnedOverlay {
  const learned = new Map(list.phrasings.map((phrasing) => [phrasing.question, phrasing.faq]));
  const demoted = new Set(list.demotions.map((demotion) => `${demotion.question}\u0000${demotion.faq}`));
  return {
    version,
    learnedFaq: (question) => learned.get(question),
    demoted: (question, faq) => demoted.has(`${question}\u0000${faq}`),
  };
}

/** Every FAQ's own question and alternates, normalised, with the FAQ they belong to. */
export function ownPhrasingsOf(kb: KnowledgeBase): ReadonlyMap<string, string> {
  const own = new Map<string, string>();
  for (const faq of kb.faqs) {
    for (const phrasing of [faq.question, ...faq.alternates]) {
      const key = normalize(phrasing);
      if (key !== '' && !own.has(key)) own.set(key, faq.id);
    }
  }
  return own;
}

/**
 * Applies what people taught after the matcher has spoken. An outright answer stays, unless enough people
 * gave it 👎 for this very question: then it becomes "Did you mean…?" with that FAQ among the choices.
 * Anything short of an answer is answered with the learned FAQ, unless the question is another FAQ's own
 * phrasing: learned phrasings never outrank the FAQs' own. With nothing learned, the result is unchanged.
 */
export function applyLearning(
  result: MatchResult,
  overlay: LearnedOverlay,
  kb: KnowledgeBase,
  ownPhrasings: ReadonlyMap<string, string>,
): MatchResult {
  if (overlay.version === 0) return result;
  const question = normalize(result.query);
  if (question === '') return result;
  if (result.band === 'answer' && result.match) {
    if (!overlay.demoted(question, result.match.faq.id)) return result;
    return { ...result, band: 'did-you-mean', match: null, likely: false };
  }
  return learnedAnswer(result, overlay, kb, ownPhrasings, question) ?? withoutDemotedLikely(result, overlay, question);
}

/** The learned FAQ for a question short of an answer, answered outright; undefined when none can be used. */
function learnedAnswer(
  result: MatchResult,
  overlay: LearnedOverlay,
  kb: KnowledgeBase,
  ownPhrasings: ReadonlyMap<string, string>,
  question: string,
): MatchResult | undefined {
  // (a request that the bot do something is never answered outright, however people have chosen for it)
  if (result.asksAnAction) return undefined;
  const id = overlay.learnedFaq(question);
  if (id === undefined || overlay.demoted(question, id)) return undefined;
  const own = ownPhrasings.get(question);
  if (own !== undefined && own !== id) return undefined;
  const faq = kb.get(id);
  if (!faq) return undefined;
  const match = result.suggestions.find((candidate) => candidate.faq.id === id) ?? { faq, score: 0 };
  const others = result.suggestions.filter((candidate) => candidate.faq.id !== id);
  return {
    ...result,
    band: 'answer',
    match,
    suggestions: [match, ...others],
    asksParticulars: false,
    aboutOwnRecords: false,
    likely: false,
  };
}

/** A likely suggestion that enough people gave 👎 for this question is offered, but not previewed. */
function withoutDemotedLikely(result: MatchResult, overlay: LearnedOverlay, question: string): MatchResult {
  const first = result.suggestions[0];
  if (!result.likely || first === undefined || !overlay.demoted(question, first.faq.id)) return result;
  return { ...result, likely: false };
}
