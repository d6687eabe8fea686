import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import { DEFAULT_MATCH_CONFIG } from '../src/matching/match-config';
import { Matcher, type Scored } from '../src/matching/matcher';
import { readEvalSet } from './run';
import { type EvalSetEntry, resolve } from './sets';

const ANSWER = [0.7, 0.75, 0.8, 0.82, 0.83, 0.84, 0.85, 0.86, 0.88, 0.9];
const SUGGEST = [0.1, 0.15, 0.2];
const MARGIN = [0, 0.03, 0.05, 0.1];

interface Scoring {
  name: string;
  matcher: Matcher;
  answerable: Array<{ scored: Scored; expect: string }>;
  offTopic: Scored[];
}

/**
 * Sweeps the band thresholds over several sets at once: each question is scored once, then every threshold
 * combination re-bands the same rankings. One set of thresholds must hold on every knowledge base, so a
 * combination is kept only when every set stays within 2% wrong answers and 3% off-topic answers; the rest
 * are ranked by their worst set's correct answers, then by the mean.
 */
export function calibrate(entries: readonly EvalSetEntry[]): string {
  const scorings: Scoring[] = entries.map((entry) => {
    const loaded = loadKnowledgeBase(resolve(entry.knowledge));
    if (!loaded.ok) throw new Error(`${entry.knowledge} has problems`);
    const matcher = new Matcher(loaded.kb);
    const set = readEvalSet(resolve(entry.questions));
    return {
      name: entry.name,
      matcher,
      answerable: set.answerable.map(({ q, expect }) => ({ scored: matcher.score(q), expect })),
      offTopic: set.off_topic.map((q) => matcher.score(q)),
    };
  });
  const rows: Array<{ label: string; worst: number; mean: number; detail: string }> = [];
  for (const answerThreshold of ANSWER) {
    for (const suggestThreshold of SUGGEST) {
      for (const closeCallMargin of MARGIN) {
        const config = { ...DEFAULT_MATCH_CONFIG, answerThreshold, suggestThreshold, closeCallMargin };
        const perSet = scorings.map(({ name, matcher, answerable, offTopic }) => {
          let correct = 0;
          let wrong = 0;
          for (const { scored, expect } of answerable) {
            const banded = matcher.band(scored, config);
            if (banded.band === 'answer') {
              if (banded.match?.faq.id === expect) correct += 1;
              else wrong += 1;
            }
          }
          const off = offTopic.filter((scored) => matcher.band(scored, config).band === 'answer').length;
          return {
            name,
            correct: correct / Math.max(1, answerable.length),
            wrong: wrong / Math.max(1, answerable.length),
            off: off / Math.max(1, offTopic.length),
          };
        });
        if (perSet.some(({ wrong, off }) => wrong > 0.02 || off > 0.03)) continue;
        const corrects = perSet.map(({ correct }) => correct);
        rows.push({
          label: `answer ${answerThreshold.toFixed(2)}  suggest ${suggestThreshold.toFixed(2)}  margin ${closeCallMargin.toFixed(2)}`,
          worst: Math.min(...corrects),
          mean: corrects.reduce((sum, value) => sum + value, 0) / corrects.length,
          detail: perSet
            .map(
              ({ name, correct, wrong, off }) =>
                `${name} ${(correct * 100).toFixed(0)}/${(wrong * 100).toFixed(1)}/${(off * 100).toFixed(1)}`,
            )
            .join('  '),
        });
      }
    }
  }
  rows.sort((a, b) => b.worst - a.worst || b.mean - a.mean);
  const header = `Thresholds that keep every set within 2% wrong and 3% off-topic answered (${rows.length} of ${ANSWER.length * SUGGEST.length * MARGIN.length}); per set: correct/wrong/off-topic %\n`;
  return (
    header +
    rows
      .slice(0, 15)
      .map(
        (row) =>
          `${row.label}  worst ${(row.worst * 100).toFixed(1)}%  mean ${(row.mean * 100).toFixed(1)}%  ${row.detail}\n`,
      )
      .join('')
  );
}
