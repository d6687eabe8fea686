import { Matcher } from '../../src/matching/matcher';
import { selfCheck } from '../../src/matching/self-check';
import { faqText, knowledgeFolder, loadValid, shippedMatcher } from '../helpers/knowledge';
import { fixtureKnowledge } from '../helpers/paths';

describe('selfCheck ("test all")', () => {
  it('finds every shipped FAQ from its own question and alternates', () => {
    expect(selfCheck(shippedMatcher())).toEqual([]);
  });

  it('reports an alternate with no words to match, which could never find its FAQ', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-nowords-'));
    writeFileSync(
      path.join(dir, 'bonus.md'),
      '---\nquestion: When are bonuses paid?\nalternates:\n  - what is this\n  - "💰💰💰"\n  - bonus payout date\ncategory: Pay\n---\nIn March.\n',
    );
    const found = selfCheck(new Matcher(loadValid(dir)));
    expect(found.map(({ line, message }) => ({ line, message: message.split(' has ')[0] }))).toEqual([
      { line: 4, message: 'alternates[1] "what is this"' },
      { line: 5, message: 'alternates[2] "💰💰💰"' },
    ]);
    expect(found[0]?.message).toMatch(/has no words the bot can match .* never finds this FAQ; say what it is about$/);
  });

  it("names the knowledge base's own synonyms.yml group when it reads a phrasing's words as another FAQ's", () => {
    const dir = knowledgeFolder({
      'holidays.md': faqText('Which holidays does the company observe?', 'Eight.', {
        category: 'Leave',
        more: 'alternates: [holiday calendar]\n',
      }),
      'pto.md': faqText('How much PTO do I get?', '25 days.', {
        category: 'Leave',
        more: 'alternates: [pto calendar, how much holiday do i get]\n',
      }),
      'synonyms.yml': '- [pto, holiday, annual leave]\n',
    });
    const found = selfCheck(new Matcher(loadValid(dir)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map(({ message }) => message)).toEqual(
      found.map(() =>
        expect.stringMatching(
          /\(synonyms\.yml reads "(pto|holiday)" as the same as .*"annual leave".*, which may be why\)$/,
        ),
      ),
    );
  });

  describe('when a new FAQ copies another FAQ’s phrasing', () => {
    const problems = selfCheck(new Matcher(loadValid(fixtureKnowledge('collision'))));

    it('reports the collision on the copy, with file and line, naming the FAQ it collides with', () => {
      const stolen = problems.find((problem) => problem.message.includes('"what is a peo"'));
      expect(stolen).toMatchObject({ line: 4 });
      expect(stolen?.file).toMatch(/collision\/peo-basics\.md$/);
      expect(stolen?.message).toMatch(
        /^alternates\[1\] "what is a peo" is also the question of "what-is-a-peo" \(.*what-is-a-peo\.md\); two FAQs can't share a phrasing: reword one, or merge the two FAQs$/,
      );
    });

    it('reports a phrasing shared by two FAQs once, on the copy, and blames no one else', () => {
      const shared = problems.filter((problem) => problem.message.includes('"peo meaning"'));
      expect(shared.map((problem) => problem.file.split('/').pop())).toEqual(['peo-basics.md']);
      expect(problems.every((problem) => problem.file.endsWith('peo-basics.md'))).toBe(true);
    });
  });

  it('reports two FAQs tied for the same words, though their own small words would settle each phrasing', async () => {
    const { mkdtempSync, writeFileSync, utimesSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-tied-'));
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
    const matcher = new Matcher(loadValid(dir));
    const found = selfCheck(matcher);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.file.endsWith('pay-dates.md'))).toBe(true);
    expect(found.map((problem) => problem.message).join('\n')).toMatch(/"payday"/);
    // What it warns of: reworded a little, the question ties, and is not answered.
    expect(matcher.match('payday pls').band).toBe('did-you-mean');
  });

  it('says a phrasing is a close call when its own FAQ comes first but another fits as surely', async () => {
    const { cpSync, mkdtempSync, utimesSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    // In Kestrel's knowledge base, "Can I go to a conference?" ranks its own FAQ first (it covers the whole
    // question), but the learning budget FAQ is as sure a match: the bot asks rather than answers.
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'hrfaq-close-')), 'knowledge');
    cpSync(path.resolve(__dirname, '../../eval/sets/kestrel/knowledge'), dir, { recursive: true });
    utimesSync(path.join(dir, 'conference-attendance.md'), 4_000_000_000, 4_000_000_000);
    const matcher = new Matcher(loadValid(dir));
    const found = selfCheck(matcher).filter((problem) => problem.file.endsWith('conference-attendance.md'));
    expect(found.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^question "Can I go to a conference\?" fits "learning-budget" \(.*learning-budget\.md\) as surely as this FAQ: asked in other words, the bot can't tell them apart and asks; reword it/,
      ),
    ]);
    expect(matcher.score('Can I go to a conference?', { exactWording: false }).ranked[0]?.faq.id).toBe(
      'conference-attendance',
    );
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
      // "hotline" is a workplace cue for an ethics or speak-up line: the words of "eap hotline" lean to the newer FAQ.
      write(
        'eap.md',
        '---\nquestion: What is the EAP?\nalternates: [eap hotline]\ncategory: Wellbeing\n---\nFree.\n',
        1_000_000,
      );
      write(
        'harassment.md',
        '---\nquestion: How do I report harassment?\nalternates: [speakup hotline, whistleblowing]\nkeywords: [SpeakUp]\ncategory: Conduct\n---\nCall the SpeakUp hotline. For support, the EAP is free.\n',
        2_000_000,
      );
      const matcher = new Matcher(loadValid(dir));
      const found = selfCheck(matcher);
      expect(found).toHaveLength(1);
      expect(found[0]?.file).toMatch(/harassment\.md$/);
      expect(found[0]?.line).toBe(2);
      expect(found[0]?.message).toMatch(
        /^draws questions worded like "eap hotline" \(alternates\[1\] of "eap", .*eap\.md\) away from that FAQ; make this FAQ's question and alternates more specific, or reword that phrasing in .*eap\.md to name what sets it apart$/,
      );
      // Typed word for word, the alternate still finds its own FAQ, and is answered.
      expect(matcher.match('eap hotline')).toMatchObject({ band: 'answer', match: { faq: { id: 'eap' } } });
    });
  });
});
