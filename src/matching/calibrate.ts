import { type EvalSet, offeredIds } from './evaluate';
import type { MatchConfig } from './match-config';
import type { Matcher } from './matcher';

export interface CalibrationRow {
  answerThreshold: number;
  suggestThreshold: number;
  closeCallMargin: number;
  top1: number;
  answeredCorrectly: number;
  answeredWrongly: number;
  offTopicAnswered: number;
}

const ANSWER = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
const SUGGEST = [0.15, 0.2, 0.25, 0.3];
const MARGIN = [0, 0.03, 0.05, 0.08, 0.1];

/**
 * Sweeps the band thresholds over a labelled set: the questions are scored once, then every threshold
 * combination re-bands the same rankings. Returns the combinations that keep wrong and off-topic answers
 * within the limits, best first (top-1, then answered correctly).
 */
export function calibrate(
  matcher: Matcher,
  set: EvalSet,
  limits: { maxWrong: number; maxOffTopic: number },
  base: MatchConfig,
): CalibrationRow[] {
  const answerable = set.answerable.map(({ q, expect }) => ({ ...matcher.score(q), expect, q }));
  const offTopic = set.off_topic.map((q) => ({ ...matcher.score(q), q }));
  const rows: CalibrationRow[] = [];
  for (const answerThreshold of ANSWER) {
    for (const suggestThreshold of SUGGEST.filter((value) => value < answerThreshold)) {
      for (const closeCallMargin of MARGIN) {
        const config = { ...base, answerThreshold, suggestThreshold, closeCallMargin };
        let top1 = 0;
        let correct = 0;
        let wrong = 0;
        for (const { ranked, companySpecific, expect, q } of answerable) {
          const banded = matcher.band(ranked, companySpecific, config);
          const result = { query: q, companySpecific, ...banded };
          if (offeredIds(result)[0] === expect) top1 += 1;
          if (banded.band === 'answer') {
            if (banded.match?.faq.id === expect) correct += 1;
            else wrong += 1;
          }
        }
        const offAnswered = offTopic.filter(
          ({ ranked, companySpecific }) => matcher.band(ranked, companySpecific, config).band === 'answer',
        ).length;
        const row = {
          answerThreshold,
          suggestThreshold,
          closeCallMargin,
          top1: top1 / Math.max(1, answerable.length),
          answeredCorrectly: correct / Math.max(1, answerable.length),
          answeredWrongly: wrong / Math.max(1, answerable.length),
          offTopicAnswered: offAnswered / Math.max(1, offTopic.length),
        };
        if (row.answeredWrongly <= limits.maxWrong && row.offTopicAnswered <= limits.maxOffTopic) rows.push(row);
      }
    }
  }
  return rows.sort(
    (a, b) =>
      b.top1 - a.top1 ||
      b.answeredCorrectly - a.answeredCorrectly ||
      b.closeCallMargin - a.closeCallMargin ||
      b.suggestThreshold - a.suggestThreshold,
  );
}
