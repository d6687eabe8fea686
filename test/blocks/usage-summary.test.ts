import type { UsageSummary } from '../../src/analytics/usage-summary';
import { buildStatsCard, figuresBlock, summaryBlocks } from '../../src/blocks/usage-summary';

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
  unpicked: [],
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

  it('lists the questions offered choices with no click after them, only when there are some', () => {
    const texts = (summary: UsageSummary) => JSON.stringify(summaryBlocks(summary));
    expect(texts(SUMMARY)).not.toContain('nothing clicked');
    const unpicked = [
      { question: 'christmas bonus?', count: 4 },
      ...Array.from({ length: 6 }, (_, index) => ({ question: `q${index}`, count: 1 })),
    ];
    const shown = texts({ ...SUMMARY, unpicked });
    expect(shown).toContain('*Offered choices, nothing clicked*');
    expect(shown).toContain('• 4× “christmas bonus?”');
    expect(shown).toContain('…and 2 more');
  });
});
