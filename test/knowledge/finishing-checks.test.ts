import path from 'node:path';
import { finishingChecks } from '../../src/knowledge/finishing-checks';
import { faqText, knowledgeFolder, loadValid } from '../helpers/knowledge';

const folder = (files: Record<string, string>) => knowledgeFolder(files, 'hrfaq-finish-');

const faq = (question: string, category: string, answer: string) => faqText(question, answer, { category });

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

  it('finds a marker that a folded YAML value breaks across lines, on the line where it starts', () => {
    const dir = folder({
      'payday.md': '---\nquestion: >\n  When is payday at [Fill\n  in: company]?\ncategory: Pay\n---\nThe 15th.\n',
    });
    expect(finishingChecks(loadValid(dir))).toEqual([
      {
        file: expect.stringMatching(/payday\.md$/),
        line: 3,
        message: 'still has a "[Fill in: …]" marker; replace each with your own policy',
      },
    ]);
  });

  it('finds a marker wrapped inside an answer, and names each line once', () => {
    const dir = folder({
      'wrapped.md': faq('When is payday?', 'Pay', 'Ask [Fill\nin: who].\n'),
      'twice.md': faq('How much PTO?', 'Time off', 'It is [Fill in: a] or [Fill in: b].\nAsk [Fill\nin: who].\n'),
    });
    expect(finishingChecks(loadValid(dir))).toEqual([
      {
        file: expect.stringMatching(/twice\.md$/),
        line: 5,
        message: 'still has a "[Fill in: …]" marker (and 1 more, on line 6); replace each with your own policy',
      },
      {
        file: expect.stringMatching(/wrapped\.md$/),
        line: 5,
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

  it('counts a category with and without a plural ending as one spelt two ways', () => {
    const dir = folder({
      'gym.md': faq('Is the gym paid for?', 'Perks', 'Yes.'),
      'bikes.md': faq('Can I lease a bike?', 'Perks', 'Yes.'),
      'lunch.md': faq('Is lunch free?', 'Perk', 'On Fridays.'),
      'dental.md': faq('Is dental covered?', 'Benefits', 'Yes.'),
      'vision.md': faq('Is vision covered?', 'benefits', 'Yes.'),
      'pension.md': faq('Is there a pension?', 'Benefit', 'Yes.'),
      'remote.md': faq('Can I work remotely?', 'Policy', 'Two days a week.'),
      'dress.md': faq('Is there a dress code?', 'Policies', 'No.'),
      'travel.md': faq('How do I book travel?', 'Policy', 'In Navan.'),
      'vat.md': faq('Do I pay VAT on expenses?', 'Tax', 'No.'),
      'p60.md': faq('Where is my P60?', 'Company  Taxes', 'In Workday.'),
      'p11d.md': faq('What is a P11D?', 'Company Taxes', 'A form.'),
      'p45.md': faq('Where is my P45?', 'Company tax', 'In Workday.'),
      'leave.md': faq('How much leave do I get?', 'Leave', 'Plenty.'),
      'leaving.md': faq('How do I resign?', 'Leaving', 'Tell your manager.'),
      'pay.md': faq('When is payday?', 'Pay', 'The 15th.'),
      'payroll.md': faq('Who runs payroll?', 'Payroll', 'The payroll team.'),
    });
    const spelt = (other: string, kept: string, count: number) =>
      `category "${other}" is "${kept}" spelt another way (${count} FAQ${count === 1 ? '' : 's'}); write it the same way everywhere, or Slack shows two topics`;
    const reported = finishingChecks(loadValid(dir)).map(({ file, message }) => `${path.basename(file)}: ${message}`);
    expect(reported.sort()).toEqual(
      [
        `lunch.md: ${spelt('Perk', 'Perks', 1)}`,
        `pension.md: ${spelt('Benefit', 'Benefits', 1)}`,
        `vision.md: ${spelt('benefits', 'Benefits', 1)}`,
        `dress.md: ${spelt('Policies', 'Policy', 1)}`,
        `p60.md: ${spelt('Company  Taxes', 'Company Taxes', 1)}`,
        `p45.md: ${spelt('Company tax', 'Company Taxes', 1)}`,
      ].sort(),
    );
  });
});
