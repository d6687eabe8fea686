import { z } from 'zod';
import type { Band, Matcher, MatchResult } from './matcher';

/** A labelled evaluation set: questions with the FAQ that answers them, and questions nothing should answer. */
export const evalSetSchema = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().min(1) })).default([]),
  off_topic: z.array(z.string().min(1)).default([]),
});

export type EvalSet = z.infer<typeof evalSetSchema>;

export interface EvalMiss {
  query: string;
  expected: string | null;
  band: Band;
  got: string[];
}

export interface EvalReport {
  answerable: number;
  offTopic: number;
  /** The first FAQ offered (the answer, or the first "did you mean") is the right one. */
  top1: number;
  /** The right FAQ is among the (up to three) offered. */
  top3: number;
  /** Answered outright with the right FAQ. */
  answeredCorrectly: number;
  /** Answered outright with the wrong FAQ: the failure that costs trust. */
  answeredWrongly: number;
  /** Off-topic questions answered outright. */
  offTopicAnswered: number;
  misses: EvalMiss[];
}

/** Runs every question through the matcher and scores the result; rates are fractions in [0, 1]. */
export function evaluate(matcher: Matcher, set: EvalSet): EvalReport {
  const misses: EvalMiss[] = [];
  let top1 = 0;
  let top3 = 0;
  let answeredCorrectly = 0;
  let answeredWrongly = 0;
  for (const { q, expect } of set.answerable) {
    const result = matcher.match(q);
    const offered = offeredIds(result);
    if (offered[0] === expect) top1 += 1;
    if (offered.includes(expect)) top3 += 1;
    if (result.band === 'answer') {
      if (result.match?.faq.id === expect) answeredCorrectly += 1;
      else answeredWrongly += 1;
    }
    if (offered[0] !== expect || result.band !== 'answer') {
      misses.push({ query: q, expected: expect, band: result.band, got: offered });
    }
  }
  let offTopicAnswered = 0;
  for (const q of set.off_topic) {
    const result = matcher.match(q);
    if (result.band === 'answer') {
      offTopicAnswered += 1;
      misses.push({ query: q, expected: null, band: result.band, got: offeredIds(result) });
    }
  }
  const rate = (count: number, total: number) => (total === 0 ? 0 : count / total);
  return {
    answerable: set.answerable.length,
    offTopic: set.off_topic.length,
    top1: rate(top1, set.answerable.length),
    top3: rate(top3, set.answerable.length),
    answeredCorrectly: rate(answeredCorrectly, set.answerable.length),
    answeredWrongly: rate(answeredWrongly, set.answerable.length),
    offTopicAnswered: rate(offTopicAnswered, set.off_topic.length),
    misses,
  };
}

/** The FAQs offered, best first: an answered FAQ is always the first suggestion (see Matcher.band). */
export function offeredIds(result: MatchResult): string[] {
  return result.suggestions.map(({ faq }) => faq.id);
}
