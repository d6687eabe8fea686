import {
  COLUMNS,
  cellPlace,
  columnLetter,
  excerpt,
  faqsToTable,
  parseLinks,
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
  });

  describe('sheetToFaqs', () => {
    it('reads columns in any order and any case, and derives unique ids', () => {
      const result = sheetToFaqs(
        sheet(
          ['Category', 'QUESTION', 'Answer'],
          ['Pay', 'When is payday?', 'Monthly.'],
          ['Pay', 'When is payday?!', 'Still monthly.'],
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
          'faqs.csv row 3, column "id": must be kebab-case: lowercase letters, digits and single hyphens',
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
