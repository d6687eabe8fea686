import type { UsageSummary } from '../../src/analytics/usage-summary';
import { buildStatsCard, figuresBlock } from '../../src/blocks/usage-summary';

const SUMMARY: UsageSummary = {
  since: '2026-11-18T00:00:00.000Z',
  until: '2026-11-25T00:00:00.000Z',
  questions: 10,
  answered: 4,
  answeredShare: 0.4,
  didYouMean: 5,
  previewed: 3,
  noMatch: 1,
  votes: 4,
  down: 1,
  downRate: 0.25,
  askHr: 2,
  unanswered: [{ question: 'where do i park', count: 1 }],
};

const fieldsOf = (summary: UsageSummary) => (figuresBlock(summary).fields ?? []).map(({ text }) => text);

describe('the usage figures', () => {
  it('says how many "Did you mean…?" cards showed a likely answer', () => {
    expect(fieldsOf(SUMMARY)).toContain('*Did you mean…?*\n5 (3 with a likely answer shown)');
  });

  it('says nothing of likely answers when no card showed one', () => {
    expect(fieldsOf({ ...SUMMARY, previewed: 0 })).toContain('*Did you mean…?*\n5');
  });

  it('gives the share answered and the 👎 rate', () => {
    expect(fieldsOf(SUMMARY)).toEqual(
      expect.arrayContaining(['*Answered*\n40% (4)', '*👎 rate*\n25% of 4 votes', '*Ask HR*\n2']),
    );
    expect(fieldsOf({ ...SUMMARY, votes: 0, down: 0, downRate: 0 })).toContain('*👎 rate*\nno votes');
    expect(buildStatsCard(SUMMARY).text).toBe('HR FAQ: 10 questions, 40% answered');
  });
});
