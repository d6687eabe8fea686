import { z } from 'zod';

/** A labelled evaluation set: questions with the FAQ that answers them, and questions nothing should answer. */
export const evalSetSchema = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().min(1) })).default([]),
  off_topic: z.array(z.string().min(1)).default([]),
});

export type EvalSet = z.infer<typeof evalSetSchema>;

/** What a system under evaluation did with one question: answered outright, or only offered FAQs. */
export interface Response {
  answered: boolean;
  /** FAQ ids offered, best first (the answered FAQ first when there is one). */
  offered: string[];
  band?: string;
  /** Not answered, but the first FAQ offered is shown as the likeliest, with the start of its answer. */
  likely?: boolean;
}

export type Responder = (question: string) => Response;

export interface EvalMiss {
  query: string;
  expected: string | null;
  band: string;
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
  /** answeredCorrectly − answeredWrongly − offTopicAnswered: one figure for "answers, and knows when not to". */
  net: number;
  /** Not answered, but shown as the likeliest FAQ with the start of its answer: the right FAQ. */
  likelyRight: number;
  /** The same with a wrong FAQ (a guess the card marks as one, but the wrong one). */
  likelyWrong: number;
  /** Off-topic questions shown a likeliest FAQ. */
  offTopicLikely: number;
  misses: EvalMiss[];
}

/** Runs every question through a responder and scores the result; rates are fractions in [0, 1]. */
export function evaluate(respond: Responder, set: EvalSet): EvalReport {
  const misses: EvalMiss[] = [];
  let top1 = 0;
  let top3 = 0;
  let answeredCorrectly = 0;
  let answeredWrongly = 0;
  let likelyRight = 0;
  let likelyWrong = 0;
  for (const { q, expect } of set.answerable) {
    const { answered, offered, band, likely } = respond(q);
    const label = band ?? (answered ? 'answer' : offered.length > 0 ? 'did-you-mean' : 'no-match');
    if (offered[0] === expect) top1 += 1;
    if (offered.slice(0, 3).includes(expect)) top3 += 1;
    if (answered) {
      if (offered[0] === expect) answeredCorrectly += 1;
      else answeredWrongly += 1;
    } else if (likely) {
      if (offered[0] === expect) likelyRight += 1;
      else likelyWrong += 1;
    }
    if (offered[0] !== expect || !answered) misses.push({ query: q, expected: expect, band: label, got: offered });
  }
  let offTopicAnswered = 0;
  let offTopicLikely = 0;
  for (const q of set.off_topic) {
    const { answered, offered, likely } = respond(q);
    if (!answered && likely) offTopicLikely += 1;
    if (answered) {
      offTopicAnswered += 1;
      misses.push({ query: q, expected: null, band: 'answer', got: offered });
    }
  }
  const rate = (count: number, total: number) => (total === 0 ? 0 : count / total);
  const report = {
    answerable: set.answerable.length,
    offTopic: set.off_topic.length,
    top1: rate(top1, set.answerable.length),
    top3: rate(top3, set.answerable.length),
    answeredCorrectly: rate(answeredCorrectly, set.answerable.length),
    answeredWrongly: rate(answeredWrongly, set.answerable.length),
    offTopicAnswered: rate(offTopicAnswered, set.off_topic.length),
    likelyRight: rate(likelyRight, set.answerable.length),
    likelyWrong: rate(likelyWrong, set.answerable.length),
    offTopicLikely: rate(offTopicLikely, set.off_topic.length),
  };
  return {
    ...report,
    net: report.answeredCorrectly - report.answeredWrongly - report.offTopicAnswered,
    misses,
  };
}
