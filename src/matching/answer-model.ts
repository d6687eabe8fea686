import type { Evidence } from './matcher';

/**
 * Whether to answer outright is decided from several measures at once, not the confidence alone: how well
 * the best FAQ covers the question, how far ahead of the surest other candidate it is, how much of the
 * question is in words the knowledge base never uses, how rare the words it shares are, whether it is
 * phrased as the kind of question asked, whether a workplace cue found the topic, and whether the search
 * library ranks it first too. A logistic model over them,
 * fitted on the tuning and review sets of many knowledge bases (`npm run eval -- --fit`), gives the probability
 * that the best FAQ is right; the bot answers when that reaches the answer threshold.
 */
export const ANSWER_FEATURES = [
  'confidence',
  'margin',
  'unknown',
  'coverage',
  'distinctiveness',
  'brevity',
  'unique',
  'confidenceCoverage',
  'confidenceSquared',
  'kindMatch',
  'cued',
  'searchShare',
] as const;

export type AnswerModel = { bias: number } & Record<(typeof ANSWER_FEATURES)[number], number>;

export function answerFeatures(evidence: Evidence): number[] {
  const { confidence, margin, unknown, coverage, distinctiveness, brevity, unique, kindMatch, cued, searchShare } =
    evidence;
  return [
    confidence,
    margin,
    unknown,
    coverage,
    distinctiveness,
    brevity,
    unique,
    confidence * coverage,
    confidence ** 2,
    kindMatch,
    cued,
    searchShare,
  ];
}

/** The probability, in [0, 1], that answering the best candidate outright is right. */
export function answerProbability(evidence: Evidence, model: AnswerModel): number {
  const features = answerFeatures(evidence);
  const sum = ANSWER_FEATURES.reduce((total, name, index) => total + model[name] * (features[index] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-sum));
}
