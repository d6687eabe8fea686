import {
  COLUMNS,
  cellPlace,
  columnLetter,
  excerpt,
  faqsToTable,
  parseLinks,
  questionKey,
  readList,
  rowPlace,
  type Sheet,
  sheetToFaqs,
  slugify,
  splitList,
} from '../../src/knowledge/spreadsheet';
import { loadValid } from '../helpers/knowledge';
import { fixtureKnowledge } from '../helpers/paths';

const sheet = (header: string[], ...rows: string[][]): Sheet => ({
  name: 'faqs.csv',
  header,
  rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })),
});

describe('spreadsheet rows ⇄ FAQs', () => {
  describe('splitList', () => {
    it('takes one item per line, or ; or | in a one-line cell', () => {
      expect(splitList('a\nb c\n\n')).toEqual(['a', 'b c']);
      expect(splitList('a; b | c')).toEqual(['a', 'b', 'c']);
      expect(splitList('  ')).toEqual([]);
    });

    it('keeps ; and | inside items when the cell has one item per line', () => {
      expect(splitList('peo; aso\nrate | fee')).toEqual(['peo; aso', 'rate | fee']);
    });

    it('splits a one-line cell on commas too when asked, and never a cell with one item per line', () => {
      expect(splitList('payday, salary', { commas: true })).toEqual(['payday', 'salary']);
      expect(splitList('a, b; c', { commas: true })).toEqual(['a', 'b', 'c']);
      expect(splitList('payday, salary\nbonus', { commas: true })).toEqual(['payday, salary', 'bonus']);
    });
  });

  describe('readList', () => {
    it('splits keywords and related on commas', () => {
      expect(readList('keywords', 'payday, salary')).toEqual({ items: ['payday', 'salary'] });
      expect(readList('related', 'payday,pay-slip')).toEqual({ items: ['payday', 'pay-slip'] });
      expect(readList('related', 'payday, pay-slip\nholiday-pay')).toEqual({
        items: ['payday', 'pay-slip', 'holiday-pay'],
      });
    });

    it('keeps an alternate with a comma whole when it reads as one phrasing', () => {
      for (const phrasing of [
        'I missed my lunch break, will I get paid',
        "I'm 15, how many hours can I work in a school week",
        'which is better, a peo or an aso',
        "If I'm sick, can I work from home, or must I take the day off?",
      ]) {
        expect(readList('alternates', phrasing)).toEqual({ items: [phrasing] });
      }
      expect(readList('alternates', 'pay date, salary day; payday')).toEqual({
        items: ['pay date, salary day', 'payday'],
      });
    });

    it('asks how a one-line alternates cell of comma-separated phrasings is meant, showing how to write it', () => {
      expect(readList('alternates', 'pay date, when do we get paid, salary day')).toEqual({
        items: ['pay date, when do we get paid, salary day'],
        problem:
          '"pay date, when do we get paid, salary day" has commas but no ";": if it is 3 alternates, separate them ' +
          'with ";" ("pay date; when do we get paid; salary day") or put each on a line of its own; if it is one ' +
          'phrasing, end it with "?"',
      });
      expect(readList('alternates', 'when is payday, when do we get paid').problem).toMatch(/if it is 2 alternates/);
      expect(readList('alternates', 'pto, vacation').problem).toMatch(/"pto; vacation"/);
    });
  });

  describe('parseLinks', () => {
    it('reads "title | url" and [title](url), one per line', () => {
      expect(parseLinks('Policy | https://x.example/a\n[Calendar](https://x.example/b)').links).toEqual([
        { title: 'Policy', url: 'https://x.example/a' },
        { title: 'Calendar', url: 'https://x.example/b' },
      ]);
    });

    it('says which line is not a link', () => {
      expect(parseLinks('Policy | https://x.example/a\njust words').problems).toEqual([
        'line 2 "just words" is not a link; write it as "title | url" or "[title](url)"',
      ]);
    });
  });

  describe('slugify', () => {
    it('makes a short kebab-case id from a question, without filler words', () => {
      expect(slugify('How much paid time off do I get?', { dropFiller: true })).toBe('much-paid-time-off-get');
      expect(slugify('What is the 401(k) match?', { dropFiller: true })).toBe('401-k-match');
      expect(slugify('Où est la crèche ?')).toBe('ou-est-la-creche');
      expect(slugify('HR outsourcing')).toBe('hr-outsourcing');
    });

    it('keeps at most six words and 48 characters, and is never empty', () => {
      expect(slugify('one two three four five six seven eight')).toBe('one-two-three-four-five-six');
      expect(slugify(`${'a'.repeat(30)} ${'b'.repeat(30)}`).length).toBeLessThanOrEqual(48);
      expect(slugify('What is it?', { dropFiller: true })).toBe('what-is-it');
      expect(slugify('???')).toBe('faq');
    });
  });

  describe('columnLetter and cellPlace', () => {
    it('letters columns as a spreadsheet does', () => {
      expect([0, 3, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
        'A',
        'D',
        'Z',
        'AA',
        'AB',
        'AZ',
        'BA',
        'ZZ',
        'AAA',
      ]);
    });

    it('names a cell by row and column letter, with its header when it has one', () => {
      expect(cellPlace('faqs.csv', 3, 1, ['question', ' Answer '])).toBe('faqs.csv row 3, column B ("Answer")');
      expect(cellPlace('faqs.csv', 3, 2, ['question', 'answer'])).toBe('faqs.csv row 3, column C');
    });

    it("names a workbook's sheet as well as the file", () => {
      const source = { name: 'faqs.xlsx', worksheet: 'FAQs' };
      expect(rowPlace(source, 3)).toBe('faqs.xlsx, sheet "FAQs", row 3');
      expect(cellPlace(source, 3, 1, ['question', 'answer'])).toBe(
        'faqs.xlsx, sheet "FAQs", row 3, column B ("answer")',
      );
      expect(rowPlace({ name: 'faqs.csv' }, 3)).toBe('faqs.csv row 3');
    });
  });

  describe('sheetToFaqs', () => {
    it('reads columns in any order and any case, and derives unique ids', () => {
      const result = sheetToFaqs(
        sheet(
          ['Category', 'QUESTION', 'Answer'],
          ['Pay', 'When is payday?', 'Monthly.'],
          ['Pay', 'What is payday?', 'The day we pay.'],
          ['', '', ''],
          ['Pay', 'What is a pay slip?', 'A statement.'],
        ),
      );
      expect(result.ok && result.faqs.map(({ id, rowNumber }) => [id, rowNumber])).toEqual([
        ['payday', 2],
        ['payday-2', 3],
        ['pay-slip', 5],
      ]);
    });

    it('lets an id column win, and keeps ids the sheet names for their rows', () => {
      const result = sheetToFaqs(
        sheet(
          ['question', 'answer', 'category', 'id'],
          ['When is payday?', 'A', 'Pay', ''],
          ['X?', 'B', 'Pay', 'payday'],
        ),
      );
      expect(result.ok && result.faqs.map(({ id }) => id)).toEqual(['payday-2', 'payday']);
    });

    it('reports every problem by row and column', () => {
      const result = sheetToFaqs(
        sheet(
          ['question', 'answer', 'category', 'related', 'id'],
          ['', 'An answer.', 'Pay', '', ''],
          [`${'Q'.repeat(151)}?`, '', 'Pay', 'nope', 'Bad Id'],
          ['Fine?', 'Fine.', 'Pay', 'fine', 'fine'],
        ),
      );
      expect(result).toEqual({
        ok: false,
        problems: [
          'faqs.csv row 2, column "question": is empty',
          'faqs.csv row 3, column "id": must be kebab-case: lowercase letters, digits and single hyphens (did you mean "bad-id"?)',
          'faqs.csv row 3, column "question": is 152 characters; keep it to 150',
          'faqs.csv row 3, column "answer": is empty',
          'faqs.csv row 4, column "related": item 1 "fine" is this FAQ\'s own id',
        ],
      });
    });

    it('names missing, unknown and repeated columns in the header row', () => {
      const result = sheetToFaqs(sheet(['question', 'anwser', 'question'], ['Q?', 'A', 'Q']));
      expect(result.ok ? [] : result.problems).toEqual([
        `faqs.csv row 1: unknown column "anwser" (did you mean "answer"?); the columns are ${COLUMNS.join(', ')}`,
        'faqs.csv row 1: column "question" appears twice',
        'faqs.csv row 1: there is no "answer" column',
        'faqs.csv row 1: there is no "category" column',
      ]);
    });

    it('reports a cell under no column name, beyond the header or under a blank one, since it would be lost', () => {
      const result = sheetToFaqs(
        sheet(['question', 'answer', '', 'category'], ['A?', 'b', '', 'IT', 'extra'], ['B?', 'c', 'note', 'IT', ' ']),
      );
      expect(result.ok ? [] : result.problems).toEqual([
        'faqs.csv row 2, column E: "extra" is under no column name, so it would be lost; move it into a named column, or name its column in row 1',
        'faqs.csv row 3, column C: "note" is under no column name, so it would be lost; move it into a named column, or name its column in row 1',
      ]);
    });

    it('reports two rows asking the same question, ignoring case and punctuation, by both rows', () => {
      const result = sheetToFaqs(
        sheet(
          ['question', 'answer', 'category'],
          ['When is payday?', 'Monthly.', 'Pay'],
          ['When’s payday?', 'Monthly.', 'Pay'],
          ['when is  PAYDAY', 'Still monthly.', 'Pay'],
          ['Whens payday', 'Monthly.', 'Pay'],
        ),
      );
      expect(result.ok ? [] : result.problems).toEqual([
        'faqs.csv row 4, column "question": "when is PAYDAY" is the same question as row 2\'s; each FAQ needs its own: merge the two rows, or reword one',
        'faqs.csv row 5, column "question": "Whens payday" is the same question as row 3\'s; each FAQ needs its own: merge the two rows, or reword one',
      ]);
      expect(questionKey('Où est la crèche ?')).toBe('où est la crèche');
    });

    it('says a sheet with nothing in it is empty, and a blank first row that it must name the columns', () => {
      const columns = 'question, answer, category, and any of id, alternates, keywords, related, links';
      expect(sheetToFaqs(sheet([], ['', ' ']))).toEqual({
        ok: false,
        problems: [
          `faqs.csv: is empty; a sheet of FAQs has a first row naming its columns (${columns}) and one FAQ in each row after it`,
        ],
      });
      expect(sheetToFaqs({ ...sheet(['', '']), worksheet: 'FAQs' })).toEqual({
        ok: false,
        problems: [expect.stringMatching(/^faqs\.csv, sheet "FAQs": is empty;/)],
      });
      expect(sheetToFaqs(sheet([''], ['question', 'answer', 'category']))).toEqual({
        ok: false,
        problems: [`faqs.csv row 1: is empty, but the first row must name the columns (${columns})`],
      });
    });

    it('tells which columns the sheet has, so an update can keep the fields it has none for', () => {
      const result = sheetToFaqs(sheet(['Question', 'answer', 'category', 'Keywords'], ['Q?', 'A.', 'C', '']));
      expect(result.ok && [...result.columns].sort()).toEqual(['answer', 'category', 'keywords', 'question']);
    });

    it('suggests the kebab-case id a related item means: a row of the sheet, an FAQ of the folder, or none yet', () => {
      const kebab = 'must be kebab-case: lowercase letters, digits and single hyphens';
      const result = sheetToFaqs(
        sheet(
          ['id', 'question', 'answer', 'category', 'related'],
          ['pay-slip', 'What is a pay slip?', 'A statement.', 'Pay', 'PaySlip'],
          ['', 'When is payday?', 'Monthly.', 'Pay', 'Pay Slip | Sick_Leave'],
          ['', 'How do I call in sick?', 'Phone.', 'Leave', 'Payday;HolidayPay'],
        ),
        new Map([['holiday-pay', 'kb/pay/holiday-pay.md']]),
      );
      expect(result.ok ? [] : result.problems).toEqual([
        `faqs.csv row 2, column "related": item 1 "PaySlip" ${kebab}; "pay-slip" is this FAQ's own id: remove it`,
        `faqs.csv row 3, column "related": item 1 "Pay Slip" ${kebab}; did you mean "pay-slip"? That is the id of row 2`,
        `faqs.csv row 3, column "related": item 2 "Sick_Leave" ${kebab}; did you mean "sick-leave"? (No FAQ has that id yet.)`,
        `faqs.csv row 4, column "related": item 1 "Payday" ${kebab}; did you mean "payday"? That is the id of row 3`,
        `faqs.csv row 4, column "related": item 2 "HolidayPay" ${kebab}; did you mean "holiday-pay"? That is the id of kb/pay/holiday-pay.md`,
      ]);
    });

    it('accepts related ids from the folder as well as from the sheet', () => {
      const header = ['question', 'answer', 'category', 'related'];
      expect(sheetToFaqs(sheet(header, ['Q?', 'A.', 'C', 'elsewhere']), ['elsewhere']).ok).toBe(true);
      expect(sheetToFaqs(sheet(header, ['Q?', 'A.', 'C', 'elsewher'])).ok).toBe(false);
    });

    it('reads back exactly what faqsToTable writes', () => {
      const kb = loadValid(fixtureKnowledge('valid'));
      const [header = [], ...rows] = faqsToTable(kb.faqs);
      const result = sheetToFaqs(sheet(header, ...rows));
      if (!result.ok) throw new Error(result.problems.join('\n'));
      expect(result.faqs.map(({ id, frontMatter, answer }) => ({ id, ...frontMatter, answer }))).toEqual(
        kb.faqs.map(({ source: _source, ...faq }) => faq),
      );
    });

    it('reads back a lone list item that a one-line cell would read otherwise', () => {
      const faq = {
        id: 'school',
        question: 'Can I cut my hours for school?',
        alternates: ['going back to school, need fewer hours'],
        keywords: ['school; study'],
        category: 'Hours',
        related: [],
        links: [],
        answer: 'Ask your manager.',
        source: { file: 'school.md', path: '/kb/school.md' },
      };
      const [header = [], ...rows] = faqsToTable([faq]);
      const result = sheetToFaqs(sheet(header, ...rows));
      expect(result.ok && result.faqs[0]?.frontMatter).toEqual({
        question: faq.question,
        alternates: faq.alternates,
        keywords: faq.keywords,
        category: 'Hours',
        related: [],
        links: [],
      });
    });
  });
});

describe('excerpt', () => {
  it('shortens by characters, never cutting an emoji in half', () => {
    const shown = excerpt('😀'.repeat(30), 10);
    expect(Array.from(shown)).toHaveLength(10);
    expect(shown).toBe(`${'😀'.repeat(9)}…`);
    expect(excerpt('short\n text')).toBe('short text');
  });
});
