import { Matcher } from '../../src/matching/matcher';
import { selfCheck } from '../../src/matching/self-check';
import { loadValid, shippedMatcher } from '../helpers/knowledge';
import { fixtureKnowledge } from '../helpers/paths';

describe('selfCheck ("test all")', () => {
  it('finds every shipped FAQ from its own question and alternates', () => {
    expect(selfCheck(shippedMatcher())).toEqual([]);
  });

  describe('when a new FAQ steals another FAQ’s phrasing', () => {
    const problems = selfCheck(new Matcher(loadValid(fixtureKnowledge('collision'))));

    it('reports the collision with file and line', () => {
      const stolen = problems.find((problem) => problem.message.includes('"what is a peo"'));
      expect(stolen).toMatchObject({ line: 4 });
      expect(stolen?.file).toMatch(/collision\/peo-basics\.md$/);
      expect(stolen?.message).toMatch(/(answered with|too close to) "what-is-a-peo"/);
    });

    it('reports a phrasing shared by two FAQs in both files', () => {
      const shared = problems.filter((problem) => problem.message.includes('"peo meaning"'));
      expect(shared.map((problem) => problem.file.split('/').pop()).sort()).toEqual([
        'peo-basics.md',
        'what-is-a-peo.md',
      ]);
    });
  });
});
