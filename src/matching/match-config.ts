import type { AnswerModel } from './answer-model';

/**
 * The longest question text the bot works with (a question, not an FAQ: see faq-schema.ts for those):
 * matching reads this much, and buttons and the event log keep at most this much. Longer questions are
 * rare, and their start says what they are about.
 */
export const MAX_QUERY_LENGTH = 300;

/**
 * Every tunable of the matcher in one place. The thresholds are calibrated on all the tuning and review sets
 * together (`npm run eval -- --calibrate` prints the sweep); change them only with a new calibration. A knowledge
 * base may set its own `answer_threshold` in `matching.yml`.
 */
export const DEFAULT_MATCH_CONFIG = {
  /**
   * The best FAQ is answered outright when the answer model (below) gives it at least this probability of
   * being right; a knowledge base may set its own in matching.yml.
   */
  answerThreshold: 0.84,
  /**
   * Below the answer threshold, from this probability (and with no close runner-up) the best FAQ is clearly
   * the likeliest: "Did you mean…?" shows the start of its answer. Chosen on the tuning and review sets: on the
   * tuning sets 79–100% of these first suggestions are the right FAQ, on the other company sets 57–94%
   * (`npm run eval` reports it per set). A higher threshold was measured again and made the worst sets no
   * more precise.
   */
  likelyThreshold: 0.44,
  /**
   * Confidence at or above which an FAQ is worth offering under "Did you mean…?". Once one is (or an FAQ
   * shares a distinctive word), the next likeliest fill the remaining choices.
   */
  suggestThreshold: 0.1,
  /**
   * When another candidate's confidence is within this much of the first's, or above it, it's a close call:
   * ask, don't guess.
   */
  closeCallMargin: 0.03,
  maxSuggestions: 3,
  /** How many of the search library's best results are scored for confidence. */
  candidates: 12,
  /** Longer questions are cut to this many characters before matching. */
  maxQueryLength: MAX_QUERY_LENGTH,
  /** Search boosts per field: an FAQ's question and alternates, its keywords, its category, its answer. */
  boost: { question: 3, alternates: 2, keywords: 2.5, category: 1, answer: 0.6 },
  /** Candidates are ranked by fit (below) plus this much of their search score (relative to the best)… */
  searchWeight: 0.05,
  /**
   * …plus this much of the largest share of the question's words, small words included, that one of their
   * phrasings has: HR's own wording of a question ("how do I get reimbursed for mileage") tells apart FAQs
   * that cover its topic words about as well, and can outweigh a small difference in fit.
   */
  wordingWeight: 0.2,
  /**
   * …and, among the best few (`meaningCandidates`) that are within `meaningWindow` of the first, plus this
   * much of how near in meaning the FAQ's words come to the question's, by general English word vectors
   * (see word-vectors.ts); 0 leaves them out. They decide between near ties, never against a clear lead.
   */
  meaningWeight: 0.6,
  meaningCandidates: 4,
  meaningWindow: 0.05,
  /** How much a question that is exactly one FAQ's keyword counts, against one that is exactly its question. */
  keywordStrength: 0.9,
  /** A cue's topic ("died" → bereavement) counts this much of a word the asker typed. */
  cueWeight: 0.6,
  /**
   * A general lexicon of related words (synonyms, broader words), consulted for question words the knowledge
   * base never uses; none by default (WordNet was tried: `npm run eval -- --wordnet`, and did not help).
   */
  relatedWords: undefined as ((word: string) => readonly string[]) | undefined,
  /** A related word from that lexicon counts this much of a word the asker typed. */
  relatedWordWeight: 0.35,
  /** A typo-corrected word counts for this much of a word typed correctly. */
  correctedWeight: 0.85,
  /** How much a question word counts as covered when the FAQ has it in another of its phrasings or keywords. */
  otherPhrasingCredit: 0.7,
  /** How much a question word counts as covered when the FAQ has it only in its category, or its answer. */
  categoryCredit: 0.6,
  answerCredit: 0.65,
  /** Added to every term's IDF, so that in a small knowledge base rare words don't drown the topic word. */
  termWeightFloor: 1,
  /**
   * Weight of the first question word the knowledge base never uses, as a share of the weight of the
   * rarest word it does use: evidence the question is about something else.
   */
  unknownTermWeight: 1,
  /** n unknown words weigh unknownTermWeight × n^this in total, so small talk doesn't drown the topic. */
  unknownExponent: 0.35,
  /** confidence = coverage × (phrasingFloor + (1 − phrasingFloor) × how much of the best phrasing is asked). */
  phrasingFloor: 0.2,
  /**
   * The same, for ranking the candidates: which FAQ a question is about depends more on how much of the
   * question it covers than on how much of a phrasing the question repeats. "Does a PEO take over workplace
   * safety?" is about the FAQ on who runs safety and daily operations under a PEO, though it repeats all of
   * "What is a PEO?". How sure the bot is keeps the stricter measure above, so such a question is asked
   * about ("Did you mean…?") rather than answered.
   */
  rankingPhrasingFloor: 0.6,
  /** Below this share of FAQs that speak of the asker's own case ("how do I…"), a knowledge base explains ideas. */
  ownCaseShare: 0.2,
  /**
   * In a message of several sentences, a word found only outside the one that asks counts this much; so does
   * the word of "how long", "how often", which says what kind of answer is wanted, not what it is about.
   */
  asideWeight: 0.3,
  /** A question word that only answers use counts this much: it is context, not the topic. */
  contextWeight: 0.6,
  /** A question word that at most this many FAQs use is distinctive: it always earns those FAQs a suggestion. */
  distinctiveFaqs: 2,
  /**
   * Fitted by `npm run eval -- --fit` on the tuning and review sets of the evaluation knowledge bases together,
   * as they were before Pinecrest and Redstone joined and before the French words and the rule on requests to
   * act (twenty-two sets, nineteen knowledge bases); the holdouts are never fitted on. Refitted later on all
   * twenty-four tuning and review sets, it answered less at the same goals (34.5% of the company sets'
   * questions against 35.8%), so this fit stays.
   */
  answerModel: {
    bias: -3.669,
    confidence: 1.519,
    margin: 3.014,
    unknown: -1.9,
    coverage: 2.772,
    distinctiveness: 0.041,
    brevity: -3.319,
    unique: 0.071,
    confidenceCoverage: 0.618,
    confidenceSquared: 1.579,
    kindMatch: 0.424,
    cued: 0.399,
    searchShare: 0.849,
  } satisfies AnswerModel as AnswerModel,
};

export type MatchConfig = typeof DEFAULT_MATCH_CONFIG;
