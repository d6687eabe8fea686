import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finishingChecks } from '../../src/knowledge/finishing-checks';
import { loadValid } from '../helpers/knowledge';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-finish-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const faq = (question: string, category: string, answer: string) =>
  `---\nquestion: ${question}\ncategory: ${category}\n---\n${answer}\n`;

describe('finishingChecks', () => {
  it('finds nothing to finish in the shipped knowledge base', () => {
    expect(finishingChecks(loadValid())).toEqual([]);
  });

  it('names each file with a starter marker left, at its first one, counting the rest', () => {
    const dir = folder({
      'payday.md': faq(
        'When is payday?',
        'Pay',
        'Payday is **[Fill in: your pay schedule]**.\n\nAsk [fill in: who].\n',
      ),
      'pto.md': faq('How much PTO do I get?', 'Time off', 'Fifteen days.'),
      'sick.md': faq('How many sick days?', 'Time off', 'Ten.\n[Fill in: the policy]'),
    });
    expect(finishingChecks(loadValid(dir))).toEqual([
      {
        file: expect.stringMatching(/payday\.md$/),
        line: 5,
        message: 'still has a "[Fill in: …]" marker (and 1 more, on line 7); replace each with your own policy',
      },
      {
        file: expect.stringMatching(/sick\.md$/),
        line: 6,
        message: 'still has a "[Fill in: …]" marker; replace each with your own policy',
      },
    ]);
  });

  it('names a category spelt another way than most FAQs spell it, where it is written', () => {
    const dir = folder({
      'a.md': faq('When is payday?', 'Pay', 'The 15th.'),
      'b.md': faq('Where is my payslip?', 'Pay', 'In Workday.'),
      'c.md': faq('How do I change my bank?', 'pay', 'In Workday.'),
      'd.md': faq('How much PTO do I get?', 'Time  off', 'Fifteen days.'),
    });
    expect(finishingChecks(loadValid(dir))).toEqual([
      {
        file: expect.stringMatching(/c\.md$/),
        line: 3,
        message:
          'category "pay" is "Pay" spelt another way (1 FAQ); write it the same way everywhere, or Slack shows two topics',
      },
    ]);
  });
});
