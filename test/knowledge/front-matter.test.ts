import { parseFrontMatter, splitFrontMatter } from '../../src/knowledge/front-matter';

/** The problems for a front matter, as `line: message`; the YAML starts on the file's line 2. */
function problemsFor(yamlText: string): string[] {
  const parsed = parseFrontMatter(yamlText);
  if (parsed.ok) throw new Error(`expected bad YAML, got ${JSON.stringify(parsed.data)}`);
  return parsed.problems.map((problem) => `${problem.line}: ${problem.message}`);
}

describe('parseFrontMatter', () => {
  describe('when a value holds a colon and a space', () => {
    it('says to quote the whole value, showing the line as it should be', () => {
      expect(problemsFor('question: Benefits: when do they start?\ncategory: Benefits')).toEqual([
        '2: bad YAML: a ": " (colon and space) inside a value makes YAML read it as another key; put the whole value in quotes: question: "Benefits: when do they start?"',
      ]);
    });
  });

  describe('when a quote or bracket is never closed', () => {
    it.each([
      [
        'a list',
        'question: Q?\nkeywords: [pto, leave\ncategory: C',
        '3: bad YAML: the "[" that starts this list is never closed; end it with "]": keywords: [pto, leave]',
      ],
      [
        'a double quote',
        'question: "When is payday?\ncategory: Pay\nkeywords: [pay]',
        '2: bad YAML: the double quote (") that starts this value is never closed; end it with a double quote: question: "When is payday?"',
      ],
      [
        'a single quote',
        "question: 'When is payday?\ncategory: Pay",
        "2: bad YAML: the single quote (') that starts this value is never closed; end it with a single quote: question: 'When is payday?'",
      ],
      [
        'a quote inside a list, which is what is left open',
        'question: Q?\nkeywords: ["pto, leave]\ncategory: C',
        '3: bad YAML: the double quote (") that starts this value is never closed; end it with a double quote',
      ],
    ])('points at the line that opened %s', (_, yamlText, problem) => {
      expect(problemsFor(yamlText)).toEqual([problem]);
    });
  });

  it('says a tab must be spaces', () => {
    expect(problemsFor('question: Q?\nalternates:\n\t- q\ncategory: C')).toEqual([
      '4: bad YAML: this line is indented with a tab; YAML needs spaces, so replace the tab with spaces',
    ]);
  });

  describe('when a value starts with a character YAML reserves', () => {
    it.each([
      ['*', 'question: *Important* who is my manager?', 'question: "*Important* who is my manager?"'],
      ['!', 'question: !important who is my manager?', 'question: "!important who is my manager?"'],
      ['%', 'question: % of salary matched?', 'question: "% of salary matched?"'],
      ['@', 'question: @channel who is my manager?', 'question: "@channel who is my manager?"'],
      ['`', 'question: `W-4` form?', 'question: "`W-4` form?"'],
      ['@', 'question: Q?\nalternates:\n  - @here who approves leave', '- "@here who approves leave"'],
    ])('says to quote a value that starts with %s', (character, yamlText, fixed) => {
      const [problem, ...more] = problemsFor(`${yamlText}\ncategory: C`);
      expect(more).toEqual([]);
      expect(problem).toContain(`YAML reads a value that starts with "${character}" as a special instruction`);
      expect(problem).toMatch(new RegExp(`put the whole value in quotes: ${escapeRegExp(fixed)}$`));
    });

    it('catches "&", which YAML takes without an error but drops from the value', () => {
      expect(problemsFor('question: &urgent who is my manager?\ncategory: C')).toEqual([
        '2: bad YAML: YAML reads a value that starts with "&" as a special instruction; put the whole value in quotes: question: "&urgent who is my manager?"',
      ]);
    });

    it('says to write out a list anchored with "&" for reuse, rather than quote it', () => {
      expect(problemsFor('question: Q?\nkeywords: &k [pto, leave]\nalternates: *k\ncategory: C')).toEqual([
        '3: bad YAML: "&" marks a list to repeat elsewhere with "*"; remove it and write each list out',
      ]);
    });

    it('leaves an "&" inside a value alone', () => {
      expect(parseFrontMatter('question: Q & A for AT&T staff?\ncategory: C')).toEqual({
        ok: true,
        data: { question: 'Q & A for AT&T staff?', category: 'C' },
      });
    });
  });

  describe('when quotes are mismatched', () => {
    it('suggests the other kind of quotes for an apostrophe inside single quotes', () => {
      expect(problemsFor("question: 'What's my PTO balance?'\ncategory: C")).toEqual([
        `2: bad YAML: an apostrophe inside single quotes ends the value early; use double quotes instead: question: "What's my PTO balance?"`,
      ]);
    });

    it('suggests quoting the whole value when text follows the closing quote', () => {
      expect(problemsFor('question: "Flex" days, how many?\ncategory: C')).toEqual([
        `2: bad YAML: a value that starts with a quote must end with it; to keep the quotes, put the whole value in the other kind of quotes: question: '"Flex" days, how many?'`,
      ]);
    });
  });

  it('names a key written twice', () => {
    expect(problemsFor('question: A?\nquestion: B?\ncategory: C')).toEqual([
      '3: bad YAML: "question" is already set above; keep only one "question:" line',
    ]);
  });

  it('asks for the space after a colon', () => {
    expect(problemsFor('question:When is payday?\ncategory: C')).toEqual([
      '2: bad YAML: put a space after the colon: question: When is payday?',
    ]);
  });

  it('explains indentation, once per line, keeping what the library adds', () => {
    const problems = problemsFor('question: Q?\nalternates:\n  - a\n  b\ncategory: C');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^5: bad YAML: check the indentation of this line and the next: .*\(the YAML reader says: all mapping items must start at the same column\)$/,
    );
  });

  it('keeps the library message, without its position, when no hint applies', () => {
    expect(problemsFor('question: Q?\nkeywords: [#pto, leave]')).toEqual([
      '3: bad YAML: Comments must be separated from other tokens by white space characters',
    ]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('splitFrontMatter', () => {
  it.each(['', '\n\n', '\ufeff  \n'])('says an empty file (%j) is empty, not that it lacks a "---" line', (raw) => {
    expect(splitFrontMatter(raw)).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the file is empty; write an FAQ in it (see the authoring guide), or delete it' }],
    });
  });

  it('asks for the opening "---" of a file that has text but none', () => {
    expect(splitFrontMatter('question: Q?\n')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringMatching(/must start with a "---" line/) }],
    });
  });
});
