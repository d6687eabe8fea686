/**
 * `npm run eval -- --fit`: fits the answer model (match-config.ts, `answerModel`) on the tuning and review sets
 * (never the holdouts). Each
 * question's best candidate is described by its Evidence; the label says whether it was the right FAQ. A
 * logistic regression over those measures, with every set weighted equally and mistakes (wrong FAQs and
 * off-topic questions) counted twice, gives the probability that answering outright is right.
 */
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import { ANSWER_FEATURES, answerFeatures } from '../src/matching/answer-model';
import { Matcher } from '../src/matching/matcher';
import { readEvalSet } from './run';
import { type EvalSetEntry, resolve } from './sets';

interface Example {
  set: string;
  features: number[];
  right: boolean;
}

export function examples(entries: readonly EvalSetEntry[]): Example[] {
  const out: Example[] = [];
  for (const entry of entries) {
    const loaded = loadKnowledgeBase(resolve(entry.knowledge));
    if (!loaded.ok) throw new Error(`${entry.knowledge} has problems`);
    const matcher = new Matcher(loaded.kb);
    const set = readEvalSet(resolve(entry.questions));
    const add = (question: string, expect: string | null) => {
      const scored = matcher.score(question);
      if (!scored.evidence || scored.asksParticulars || scored.asksAnAction) return;
      out.push({
        set: entry.name,
        features: answerFeatures(scored.evidence),
        right: expect !== null && scored.ranked[0]?.faq.id === expect,
      });
    };
    for (const { q, expect } of set.answerable) add(q, expect);
    for (const q of set.off_topic) add(q, null);
  }
  return out;
}

export function fitAnswerModel(entries: readonly EvalSetEntry[]): string {
  const data = examples(entries);
  const width = ANSWER_FEATURES.length;
  // Standardise, so one learning rate suits every measure.
  const mean = Array.from({ length: width }, (_, j) => avg(data.map(({ features }) => features[j] ?? 0)));
  const spread = Array.from(
    { length: width },
    (_, j) => Math.sqrt(avg(data.map(({ features }) => ((features[j] ?? 0) - (mean[j] ?? 0)) ** 2))) || 1,
  );
  const perSet = new Map<string, number>();
  for (const { set } of data) perSet.set(set, (perSet.get(set) ?? 0) + 1);
  const rows = data.map(({ set, features, right }) => ({
    x: features.map((value, j) => (value - (mean[j] ?? 0)) / (spread[j] ?? 1)),
    y: right ? 1 : 0,
    weight: ((right ? 1 : 2) * data.length) / (perSet.size * (perSet.get(set) ?? 1)),
  }));
  const beta = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < 5000; step++) {
    const gradient = new Array<number>(width).fill(0);
    let gradientBias = 0;
    for (const { x, y, weight } of rows) {
      const p = sigmoid(bias + x.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), 0));
      const error = (p - y) * weight;
      x.forEach((value, j) => {
        gradient[j] = (gradient[j] ?? 0) + error * value;
      });
      gradientBias += error;
    }
    beta.forEach((value, j) => {
      beta[j] = value - 0.3 * ((gradient[j] ?? 0) / rows.length + 1e-3 * value);
    });
    bias -= (0.3 * gradientBias) / rows.length;
  }
  // Back to the measures' own scale.
  const weights = beta.map((value, j) => value / (spread[j] ?? 1));
  const intercept = bias - beta.reduce((sum, value, j) => sum + (value * (mean[j] ?? 0)) / (spread[j] ?? 1), 0);
  const lines = ANSWER_FEATURES.map((name, j) => `    ${name}: ${(weights[j] ?? 0).toFixed(3)},`);
  return `Fitted on ${data.length} questions from ${[...perSet.keys()].join(', ')}:\n  answerModel: {\n    bias: ${intercept.toFixed(3)},\n${lines.join('\n')}\n  },\n`;
}

function avg(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
