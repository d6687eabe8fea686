/**
 * Every tunable of the matcher in one place. The thresholds are calibrated on the labelled evaluation set
 * (`npm run eval -- --calibrate` prints the sweep); change them only with a new calibration.
 */
/**
 * The longest question text the bot works with (a question, not an FAQ: see faq-schema.ts for those): matching reads this much, and buttons, caches and the event
 * log keep at most this much. Longer questions are rare, and their start says what they are about.
 */
export const MAX_QUERY_LENGTH = 300;

export const DEFAULT_MATCH_CONFIG = {
  /** Confidence at or above which the best FAQ is answered outright. */
  answerThreshold: 0.4,
  /** Confidence at or above which an FAQ is worth offering under "Did you mean…?". */
  suggestThreshold: 0.25,
  /** When the runner-up is within this much of the best, it's a close call: ask, don't guess. */
  closeCallMargin: 0.05,
  maxSuggestions: 3,
  /** How many FAQs the token index shortlists by shared terms… */
  maxCandidates: 32,
  /** …and how many of those, best by exact-term similarity, Fuse.js then scores. */
  fuseCandidates: 8,
  /** Fuse.js scores each shortlisted FAQ's closest phrasings only. */
  fusePhrasings: 3,
  /** Longer questions are cut to this many characters before matching. */
  maxQueryLength: MAX_QUERY_LENGTH,
  /** A typo-corrected word counts for this much of a word typed correctly. */
  correctedWeight: 0.85,
  /** Credit for a question word found only among an FAQ's keywords, or only in another of its phrasings. */
  keywordCredit: 0.75,
  otherPhrasingCredit: 0.5,
  /** Added to every term's IDF, so that in a small knowledge base rare words don't drown the topic word. */
  termWeightFloor: 1.5,
  /** Weight of a question word the knowledge base never uses: it is evidence the question is elsewhere. */
  unknownTermWeight: 1.5,
  /** n unknown words weigh unknownTermWeight × n^this in total (1 = each counts fully). */
  unknownExponent: 0.5,
  /** Exponents of the phrasing similarity: recall (the question is covered) and precision (the phrasing is). */
  recallExponent: 1,
  precisionExponent: 1,
  /** Share of Fuse.js's fuzzy score in the final confidence. */
  fuseWeight: 0.2,
  /** Fuse.js Bitap threshold for one word inside a phrasing. */
  fuseThreshold: 0.3,
};

export type MatchConfig = typeof DEFAULT_MATCH_CONFIG;
