import { Matcher } from '../../src/matching/matcher';
import { selfCheck } from '../../src/matching/self-check';
import { loadValid, shippedMatcher } from '../helpers/knowledge';
import { fixtureKnowledge } from '../helpers/paths';

describe('selfCheck ("test all")', () => {
  it('finds every shipped FAQ from its own question and alternates', () => {
    expect(selfCheck(shippedMatcher())).toEqual([]);
  });

  describe('when a new FAQ copies another FAQ’s phrasing', () => {
    const problems = selfCheck(new Matcher(loadValid(fixtureKnowledge('collision'))));

    it('reports the collision on the copy, with file and line, naming the FAQ it collides with', () => {
      const stolen = problems.find((problem) => problem.message.includes('"what is a peo"'));
      expect(stolen).toMatchObject({ line: 4 });
      expect(stolen?.file).toMatch(/collision\/peo-basics\.md$/);
      expect(stolen?.message).toMatch(/finds "what-is-a-peo" \(.*what-is-a-peo\.md\) first/);
    });

    it('reports a phrasing shared by two FAQs once, on the copy, and blames no one else', () => {
      const shared = problems.filter((problem) => problem.message.includes('"peo meaning"'));
      expect(shared.map((problem) => problem.file.split('/').pop())).toEqual(['peo-basics.md']);
      expect(problems.every((problem) => problem.file.endsWith('peo-basics.md'))).toBe(true);
    });
  });

  describe('when an FAQ takes another’s phrasing without copying it', () => {
    it('reports it on the FAQ changed last, pointing at its question', async () => {
      const { mkdtempSync, writeFileSync, utimesSync } = await import('node:fs');
      const os = await import('node:os');
      const path = await import('node:path');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-collide-'));
      const write = (name: string, text: string, time: number) => {
        writeFileSync(path.join(dir, name), text);
        utimesSync(path.join(dir, name), time, time);
      };
      write('payday.md', '---\nquestion: When is payday?\ncategory: Pay\n---\nThe 15th.\n', 1_000_000);
      write(
        'pay-dates.md',
        '---\nquestion: When is payday and what are the pay dates?\nalternates: [payday]\ncategory: Pay\n---\nMonthly.\n',
        2_000_000,
      );
      const found = selfCheck(new Matcher(loadValid(dir)));
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((problem) => problem.file.endsWith('pay-dates.md'))).toBe(true);
      expect(found.map((problem) => problem.message).join('\n')).toMatch(/"payday"/);
    });
  });
});
