import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { formatProblem, type KnowledgeProblem } from '../../src/knowledge/problems';
import { fixtureKnowledge } from '../helpers/paths';
import { tempFolderEach } from '../helpers/temp-folder';

function problemsOf(directory: string): KnowledgeProblem[] {
  const result = loadKnowledgeBase(directory);
  if (result.ok) throw new Error('expected the knowledge base to be rejected');
  return result.problems;
}

function problemFor(problems: KnowledgeProblem[], fileName: string): KnowledgeProblem[] {
  return problems.filter((problem) => path.basename(problem.file) === fileName);
}

describe('loadKnowledgeBase', () => {
  describe('when every file is valid', () => {
    const result = loadKnowledgeBase(fixtureKnowledge('valid'));

    it('loads the FAQs from the folder and its subfolders, skipping README.md and non-Markdown files', () => {
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.faqs.map((faq) => faq.id)).toEqual(['alpha', 'beta-id']);
    });

    it('defaults the id to the file name and honours an explicit id', () => {
      if (!result.ok) throw new Error('not ok');
      expect(result.kb.get('alpha')?.question).toBe('What is alpha?');
      expect(result.kb.get('beta-id')?.related).toEqual(['alpha']);
    });

    it('fills optional lists with empty defaults and keeps links', () => {
      if (!result.ok) throw new Error('not ok');
      const beta = result.kb.get('beta-id');
      expect(beta?.alternates).toEqual([]);
      expect(beta?.keywords).toEqual([]);
      expect(result.kb.get('alpha')?.links).toEqual([
        { title: 'Alpha on Wikipedia', url: 'https://en.wikipedia.org/wiki/Alpha' },
      ]);
    });

    it('takes the Markdown body, trimmed, as the answer', () => {
      if (!result.ok) throw new Error('not ok');
      expect(result.kb.get('alpha')?.answer).toBe('**Alpha** is the first letter.');
    });

    it('reads the synonyms file', () => {
      if (!result.ok) throw new Error('not ok');
      expect(result.kb.synonyms.groups).toEqual([['alpha', 'first letter']]);
    });

    it('groups FAQs by category', () => {
      if (!result.ok) throw new Error('not ok');
      expect([...result.kb.byCategory().keys()]).toEqual(['Greek letters']);
    });
  });

  describe('when files are broken', () => {
    const problems = problemsOf(fixtureKnowledge('broken'));

    it('reports every problem in one pass and never half-loads', () => {
      const files = new Set(problems.map((problem) => path.basename(problem.file)));
      expect(files).toEqual(
        new Set([
          'Bad_Name.md',
          'bad-link.md',
          'bad-yaml.md',
          'dangling-related.md',
          'duplicate-two.md',
          'empty-answer.md',
          'empty-question.md',
          'missing-question.md',
          'no-front-matter.md',
          'self-related.md',
          'unclosed.md',
          'unknown-key.md',
        ]),
      );
      expect(problemFor(problems, 'good.md')).toEqual([]);
    });

    it.each([
      ['bad-yaml.md', 3, /bad YAML/],
      ['unknown-key.md', 4, /unknown key "realted" \(did you mean "related"\?\)/],
      ['missing-question.md', 2, /question is missing/],
      ['empty-question.md', 2, /question is empty/],
      ['empty-answer.md', 5, /answer .* is empty/],
      ['duplicate-two.md', 2, /duplicate id "same-id": .*duplicate-one\.md already uses it/],
      ['dangling-related.md', 6, /related\[2\] "no-such-faq" is not the id of any FAQ/],
      ['self-related.md', 4, /related\[1\] lists this FAQ \("self-related"\) as related to itself/],
      ['no-front-matter.md', 1, /must start with a "---" line/],
      ['unclosed.md', 1, /never closed/],
      ['Bad_Name.md', 1, /file name "Bad_Name" is not a valid id/],
      ['bad-link.md', 6, /links\[1\]\.url must be a web address/],
    ])('reports %s at line %i', (fileName, line, message) => {
      const found = problemFor(problems, fileName);
      expect(found).toHaveLength(1);
      expect(found[0]?.line).toBe(line);
      expect(found[0]?.message).toMatch(message);
    });

    it('formats problems as file:line: message', () => {
      const [first] = problemFor(problems, 'unknown-key.md');
      if (!first) throw new Error('missing problem');
      expect(formatProblem(first)).toMatch(/broken\/unknown-key\.md:4: unknown key/);
    });
  });

  describe('when the folder is unusable', () => {
    let temp: string;
    tempFolderEach('kb', (folder) => {
      temp = folder;
    });

    it('says a missing folder does not exist', () => {
      const [problem] = problemsOf(path.join(temp, 'nope'));
      expect(problem?.message).toMatch(/does not exist; point KNOWLEDGE_DIR \(or --dir\)/);
    });

    it('says a file is not a folder', () => {
      const file = path.join(temp, 'file.md');
      writeFileSync(file, 'x');
      expect(problemsOf(file)[0]?.message).toMatch(/is not a folder/);
    });

    it('rejects a folder with no FAQs', () => {
      writeFileSync(path.join(temp, 'README.md'), '# hello');
      expect(problemsOf(temp)[0]?.message).toMatch(/holds no FAQ files/);
    });

    it('rejects a malformed synonyms file with its path', () => {
      writeFileSync(path.join(temp, 'a.md'), '---\nquestion: A?\ncategory: C\n---\nA.\n');
      writeFileSync(path.join(temp, 'synonyms.yml'), 'groups:\n  - [lonely]\n');
      const [problem] = problemsOf(temp);
      expect(problem?.file).toMatch(/synonyms\.yml$/);
      expect(problem?.message).toMatch(/groups\[1\] needs at least two phrases/);
    });

    it('rejects a phrase that belongs to two synonym groups, with its line', () => {
      writeFileSync(path.join(temp, 'a.md'), '---\nquestion: A?\ncategory: C\n---\nA.\n');
      writeFileSync(
        path.join(temp, 'synonyms.yml'),
        'groups:\n  - [peo, professional employer]\n  - [eor, employer of record]\n  - [boss, Professional  Employer]\n',
      );
      const [problem] = problemsOf(temp);
      expect(problem).toMatchObject({ line: 4 });
      expect(problem?.message).toMatch(/"professional\s+employer" is in groups\[1\] and groups\[3\]/);
    });

    it('points at the line of a malformed synonym group', () => {
      writeFileSync(path.join(temp, 'a.md'), '---\nquestion: A?\ncategory: C\n---\nA.\n');
      writeFileSync(path.join(temp, 'synonyms.yml'), 'groups:\n  - [a, b]\n  - [lonely]\n');
      expect(problemsOf(temp)[0]).toMatchObject({
        line: 3,
        message: expect.stringMatching(/groups\[2\] needs at least two phrases/),
      });
    });

    it('reports bad YAML in the synonyms file with its line', () => {
      writeFileSync(path.join(temp, 'a.md'), '---\nquestion: A?\ncategory: C\n---\nA.\n');
      writeFileSync(path.join(temp, 'synonyms.yml'), 'groups:\n  - [a, b\nstopwords: x\n');
      const [problem] = problemsOf(temp);
      expect(problem?.message).toMatch(/bad YAML/);
      expect(problem?.line).toBeGreaterThan(1);
    });

    it('rejects a question longer than a Slack header allows', () => {
      writeFileSync(path.join(temp, 'long.md'), `---\nquestion: ${'x'.repeat(151)}?\ncategory: C\n---\nA.\n`);
      expect(problemsOf(temp)[0]?.message).toMatch(/question is 152 characters; keep it to 150/);
    });

    it('treats numbers as text and an empty list key as no entries', () => {
      writeFileSync(
        path.join(temp, 'n.md'),
        '---\nquestion: What about 2024?\ncategory: C\nkeywords: [401, 2024]\nalternates:\n---\nA.\n',
      );
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.faqs[0]?.keywords).toEqual(['401', '2024']);
      expect(result.kb.faqs[0]?.alternates).toEqual([]);
    });

    it('rejects a link URL that would break out of Slack link markup', () => {
      writeFileSync(
        path.join(temp, 'l.md'),
        '---\nquestion: A?\ncategory: C\nlinks:\n  - title: T\n    url: https://ex.com/x|<!channel>\n---\nA.\n',
      );
      expect(problemsOf(temp)[0]).toMatchObject({
        line: 6,
        message: expect.stringMatching(/must not contain spaces or the characters < > \|/),
      });
    });

    it('reports a duplicate key in the front matter', () => {
      writeFileSync(path.join(temp, 'd.md'), '---\nquestion: A?\nquestion: B?\ncategory: C\n---\nA.\n');
      const [problem] = problemsOf(temp);
      expect(problem?.message).toBe('bad YAML: "question" is already set above; keep only one "question:" line');
      expect(problem?.line).toBe(3);
    });
  });

  describe('the shipped knowledge base', () => {
    it('validates', () => {
      const result = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.faqs.length).toBeGreaterThanOrEqual(13);
    });
  });
});

describe('when a file that others link to fails to load', () => {
  let temp: string;
  tempFolderEach('kb-broken-link', (folder) => {
    temp = folder;
  });

  it('says the linked file has problems of its own, not that the id is unknown', () => {
    writeFileSync(path.join(temp, 'aso-fees.md'), '---\nquestion: [broken\ncategory: Fees\n---\nFees.\n');
    writeFileSync(path.join(temp, 'named.md'), '---\nid: custom-id\nquestion: Named?\n---\nNo category.\n');
    writeFileSync(
      path.join(temp, 'linker.md'),
      '---\nquestion: What links?\ncategory: Fees\nrelated: [aso-fees, custom-id, nowhere]\n---\nThis one.\n',
    );
    const messages = problemFor(problemsOf(temp), 'linker.md').map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(/^related\[1\] "aso-fees" is \S*aso-fees\.md, which has problems of its own/),
      expect.stringMatching(/^related\[2\] "custom-id" is \S*named\.md, which has problems of its own/),
      'related[3] "nowhere" is not the id of any FAQ',
    ]);
    expect(messages.join('\n')).not.toMatch(/"aso-fees" is not the id/);
  });
});

describe('symlinks and rendering', () => {
  let sandbox: string;
  tempFolderEach('links', (folder) => {
    sandbox = folder;
  });

  const FAQ = '---\nquestion: What is a sabbatical?\ncategory: Leave\n---\nA long break.\n';

  it('loads FAQ files that are symlinks, as a Kubernetes ConfigMap mounts them', () => {
    const data = path.join(sandbox, '..2026_01_01');
    mkdirSync(data);
    writeFileSync(path.join(data, 'sabbatical.md'), FAQ);
    const folder = path.join(sandbox, 'kb');
    mkdirSync(folder);
    symlinkSync(data, path.join(folder, '..data'));
    symlinkSync(path.join('..data', 'sabbatical.md'), path.join(folder, 'sabbatical.md'));
    const loaded = loadKnowledgeBase(folder);
    expect(loaded.ok && loaded.kb.faqs.map((faq) => faq.id)).toEqual(['sabbatical']);
  });

  it('follows a symlinked subfolder once, and never loops on a link back up the tree', () => {
    const folder = path.join(sandbox, 'kb');
    mkdirSync(path.join(folder, 'leave'), { recursive: true });
    writeFileSync(path.join(folder, 'leave', 'sabbatical.md'), FAQ);
    symlinkSync(folder, path.join(folder, 'leave', 'loop'));
    symlinkSync(path.join(sandbox, 'nowhere'), path.join(folder, 'dangling.md'));
    const loaded = loadKnowledgeBase(folder);
    expect(loaded.ok && loaded.kb.faqs.map((faq) => faq.id)).toEqual(['sabbatical']);
  });

  it('renders every answer at load, and names a file whose answer is too expensive to render', () => {
    const folder = path.join(sandbox, 'kb');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'sabbatical.md'), FAQ);
    writeFileSync(
      path.join(folder, 'pathological.md'),
      `---\nquestion: What is this?\ncategory: Leave\n---\n${'_a'.repeat(3000)}\n`,
    );
    const fast = loadKnowledgeBase(folder, { renderAnswer: (markdown) => `*${markdown}*` });
    expect(fast.ok && fast.kb.get('sabbatical')?.rendered).toBe('*A long break.*');
    const slow = loadKnowledgeBase(folder, { renderAnswer: markdownToMrkdwn, renderBudgetMs: 20 });
    expect(slow.ok).toBe(false);
    expect(slow.ok ? [] : slow.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/pathological\.md:1: the answer takes \d+ ms to render for Slack \(the limit is 20 ms\)/),
    ]);
  });
});

describe('what an HR author can get wrong', () => {
  let temp: string;
  tempFolderEach('kb-authoring', (folder) => {
    temp = folder;
  });

  const PAYDAY = '---\nquestion: When is payday?\ncategory: Pay\n---\nThe 15th and the last working day.\n';
  const write = (name: string, content: string | Uint8Array) => writeFileSync(path.join(temp, name), content);
  /** The problems as validate prints them, with paths relative to the folder. */
  const printed = () => problemsOf(temp).map((problem) => formatProblem(problem).replaceAll(`${temp}${path.sep}`, ''));
  /** Windows-1252 bytes: "é" is the single byte 0xE9, which is not UTF-8. */
  const windows1252 = (text: string) => Buffer.from(text, 'latin1');

  describe('when a file is not saved as UTF-8', () => {
    it('names the file and the line of the first bad byte instead of serving "\uFFFD"', () => {
      write('payday.md', PAYDAY);
      write(
        'latin1.md',
        windows1252('---\ncategory: Office\nquestion: Where is the caf\u00e9?\n---\nOn the ground floor.\n'),
      );
      expect(printed()).toEqual([
        'latin1.md:3: not UTF-8 text (saved as Windows-1252 or another encoding?); save the file as UTF-8',
      ]);
    });

    it('counts the line right when the bad byte ends it', () => {
      write('end.md', windows1252('---\nquestion: Q?\ncategory: Caf\u00e9\n---\nA.\n'));
      expect(printed()).toEqual([
        'end.md:3: not UTF-8 text (saved as Windows-1252 or another encoding?); save the file as UTF-8',
      ]);
    });

    it('says when a file is UTF-16', () => {
      write('wide.md', Buffer.from('\uFEFF---\nquestion: Q?\ncategory: C\n---\nA.\n', 'utf16le'));
      expect(printed()).toEqual(['wide.md:1: not UTF-8 text (saved as UTF-16?); save the file as UTF-8']);
    });

    it('checks synonyms.yml and matching.yml too', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', windows1252('groups:\n  - [caf\u00e9, canteen]\n'));
      write('matching.yml', windows1252('# r\u00e9glage\nanswer_threshold: 0.8\n'));
      expect(printed()).toEqual([
        'matching.yml:1: not UTF-8 text (saved as Windows-1252 or another encoding?); save the file as UTF-8',
        'synonyms.yml:2: not UTF-8 text (saved as Windows-1252 or another encoding?); save the file as UTF-8',
      ]);
    });

    it('still reads UTF-8 with a byte-order mark, without the mark', () => {
      write('cafe.md', `\uFEFF---\nquestion: Where is the caf\u00e9?\ncategory: Office\n---\nDownstairs.\n`);
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.get('cafe')?.question).toBe('Where is the caf\u00e9?');
    });
  });

  describe('when the YAML is wrong', () => {
    it('says to quote a value with ": " in it, at its line', () => {
      write('colon.md', '---\nquestion: Benefits: when do they start?\ncategory: Benefits\n---\nOn day one.\n');
      expect(printed()).toEqual([
        'colon.md:2: bad YAML: a ": " (colon and space) inside a value makes YAML read it as another key; put the whole value in quotes: question: "Benefits: when do they start?"',
      ]);
    });

    it('says to quote a list item with ": " in it, which YAML reads as a key and value', () => {
      write('item.md', '---\nquestion: Q?\ncategory: C\nalternates:\n  - Benefits: when do they start?\n---\nA.\n');
      expect(printed()).toEqual([
        'item.md:5: alternates[1] must be text, but the ": " (colon and space) in it makes YAML read a key and value; put the whole text in quotes: "Benefits: when do they start?"',
      ]);
    });

    it('points at the line that opened an unclosed list in synonyms.yml', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', 'groups:\n  - [flex fund, wellbeing allowance\n  - [eor, employer of record]\n');
      expect(printed()).toEqual([
        'synonyms.yml:2: bad YAML: the "[" that starts this list is never closed; end it with "]": - [flex fund, wellbeing allowance]',
      ]);
    });
  });

  describe('synonyms.yml and matching.yml', () => {
    it('says to rename synonyms.yaml or matching.yaml, which would otherwise be ignored', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yaml', '- [flex fund, wellbeing allowance]\n');
      write('matching.yaml', 'answer_threshold: 0.8\n');
      expect(printed()).toEqual([
        'matching.yaml: is not read: name it matching.yml',
        'synonyms.yaml: is not read: name it synonyms.yml',
      ]);
      write('synonyms.yml', '- [perk, benefit]\n');
      expect(printed()).toContain('synonyms.yaml: is not read: move what it holds into synonyms.yml');
    });

    it('takes a bare list of groups as the groups', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', '# our words\n- [flex fund, wellbeing allowance]\n- [eor, employer of record]\n');
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.synonyms.groups).toEqual([
        ['flex fund', 'wellbeing allowance'],
        ['eor', 'employer of record'],
      ]);
    });

    it('points at the lines of a bare list of groups', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', '- [flex fund, wellbeing allowance]\n- [lonely]\n');
      expect(printed()).toEqual(['synonyms.yml:2: groups[2] needs at least two phrases']);
      write('synonyms.yml', '- [flex fund, wellbeing allowance]\n- [eor, employer of record]\n- [perk, Flex Fund]\n');
      expect(printed()).toEqual([
        'synonyms.yml:3: "flex fund" is in groups[1] and groups[3]; a phrase can belong to one group only',
      ]);
    });

    it('shows the expected shape of synonyms.yml, with the line, when it holds something else', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', '# our words\n\nflex fund = wellbeing allowance\n');
      expect(printed()).toEqual([
        'synonyms.yml:3: expected a "groups:" list (and optionally "stopwords:"), e.g.\n' +
          '    groups:\n      - [flex fund, wellbeing allowance]\n      - [eor, employer of record]',
      ]);
    });

    it('finds that line in a file with Windows line endings too', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', '# our words\r\n\r\nflex fund = wellbeing allowance\r\n');
      expect(printed()).toEqual([expect.stringMatching(/^synonyms\.yml:3: expected a "groups:" list/)]);
    });

    it('names an unknown key in synonyms.yml at its line', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', 'groups:\n  - [a, b]\nstopword: [kindly]\n');
      expect(printed()).toEqual([
        expect.stringMatching(
          /^synonyms\.yml:3: unknown key "stopword" \(did you mean "stopwords"\?\); expected a "groups:" list .*, e\.g\.\n {4}groups:\n/,
        ),
      ]);
    });

    it('names a wrong key in matching.yml at its line, with an example and no "front matter"', () => {
      write('payday.md', PAYDAY);
      write('matching.yml', '# how cautious\nanswer_treshold: 0.8\n');
      const problems = printed();
      expect(problems).toEqual([
        'matching.yml:2: unknown key "answer_treshold" (did you mean "answer_threshold"?); expected "answer_threshold: <number>", e.g.\n' +
          '    answer_threshold: 0.8   # 0.3 to 0.95; the default is 0.84',
      ]);
      expect(problems.join('\n')).not.toMatch(/front matter/);
    });

    it('suggests the fraction when answer_threshold is written as a percentage', () => {
      write('payday.md', PAYDAY);
      const tooHigh = 'matching.yml:1: answer_threshold must be at most 0.95: higher would hardly ever answer';
      write('matching.yml', 'answer_threshold: 80\n');
      expect(printed()).toEqual([`${tooHigh} (did you mean 0.8?)`]);
      write('matching.yml', 'answer_threshold: 30\n');
      expect(printed()).toEqual([`${tooHigh} (did you mean 0.3?)`]);
      write('matching.yml', 'answer_threshold: 95\n');
      expect(printed()).toEqual([`${tooHigh} (did you mean 0.95?)`]);
      write('matching.yml', 'answer_threshold: 96\n');
      expect(printed()).toEqual([tooHigh]);
      write('matching.yml', 'answer_threshold: 2\n');
      expect(printed()).toEqual([tooHigh]);
    });

    it('shows the expected shape of matching.yml when it is not "key: value"', () => {
      write('payday.md', PAYDAY);
      write('matching.yml', '0.8\n');
      expect(printed()).toEqual([
        expect.stringMatching(/^matching\.yml:1: expected "answer_threshold: <number>", e\.g\.\n/),
      ]);
    });
  });

  describe('when an FAQ file is saved under another extension', () => {
    it('says to rename it to .md, naming the new file, or that the .md file already exists', () => {
      const faq = '---\nquestion: Is there a sauna?\ncategory: Office\n---\nOn the roof.\n';
      write('payday.md', PAYDAY);
      write('sauna.md.txt', faq);
      write('dogs.markdown', faq);
      write('bikes.mdown', faq);
      write('lockers.mkd', faq);
      write('parking.txt', faq);
      write('canteen.txt', `\uFEFF${faq.replace(/\n/g, '\r\n')}`);
      write('payday.markdown', PAYDAY);
      mkdirSync(path.join(temp, 'leave'));
      write(path.join('leave', 'Sabbatical.MARKDOWN'), faq);
      expect(printed()).toEqual([
        'bikes.mdown: is not read (only .md files are): rename it to bikes.md',
        'canteen.txt: is not read (only .md files are): rename it to canteen.md',
        'dogs.markdown: is not read (only .md files are): rename it to dogs.md',
        `leave${path.sep}Sabbatical.MARKDOWN: is not read (only .md files are): rename it to Sabbatical.md`,
        'lockers.mkd: is not read (only .md files are): rename it to lockers.md',
        'parking.txt: is not read (only .md files are): rename it to parking.md',
        'payday.markdown: is not read (only .md files are), and payday.md already exists: move what it holds into payday.md, then delete this file',
        'sauna.md.txt: is not read (only .md files are): rename it to sauna.md',
      ]);
    });

    it('says nothing of files that are not FAQs', () => {
      write('payday.md', PAYDAY);
      write('README.txt', 'How we write FAQs.\n---\n');
      write('README.markdown', '---\nquestion: Q?\ncategory: C\n---\nA guide, not an FAQ.\n');
      write('notes.txt', 'Ideas for new FAQs:\n- sauna\n');
      write('CHANGELOG.markdown', '# Changes\n\n- added the sauna FAQ\n');
      write('plans.mkd', 'Next: a parking FAQ.\n');
      write('empty.txt', '');
      write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      write('handbook.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      write('.draft.markdown', PAYDAY);
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.faqs.map((faq) => faq.id)).toEqual(['payday']);
    });
  });

  describe('when two FAQs have the same id', () => {
    const learningStipend = [
      '---',
      'question: Is there a learning stipend?',
      'category: Perks',
      'id: wellbeing-allowance',
      'related: [wellbeing-allowance]',
      '---',
      'Yes, 1,000 a year.',
      '',
    ].join('\n');
    const wellbeingAllowance =
      '---\nquestion: Is there a wellbeing allowance?\ncategory: Perks\nrelated: [learning-stipend]\n---\nYes.\n';

    it('blames the FAQ that set the id with "id:", at that line, over the one named after its file', () => {
      mkdirSync(path.join(temp, 'perks'));
      write(path.join('perks', 'learning-stipend.md'), learningStipend);
      write(path.join('perks', 'wellbeing-allowance.md'), wellbeingAllowance);
      write(
        path.join('perks', 'gym.md'),
        '---\nquestion: Is the gym paid for?\ncategory: Perks\nrelated: [learning-stipend, wellbeing-allowance]\n---\nYes.\n',
      );
      write(
        path.join('perks', 'broken.md'),
        '---\nquestion: Broken?\nrelated: [learning-stipend]\n---\nNo category.\n',
      );
      const perks = `perks${path.sep}`;
      expect(printed()).toEqual([
        `${perks}broken.md:2: category is missing`,
        `${perks}learning-stipend.md:4: duplicate id "wellbeing-allowance": ${perks}wellbeing-allowance.md already uses it as its file name; change or remove this "id:" line`,
      ]);
    });

    it('still blames the later of two FAQs that both set the id, or both take it from their file names', () => {
      mkdirSync(path.join(temp, 'uk'));
      mkdirSync(path.join(temp, 'us'));
      write(path.join('uk', 'payday.md'), PAYDAY);
      write(path.join('us', 'payday.md'), PAYDAY);
      write('a.md', '---\nid: bonus\nquestion: When are bonuses paid?\ncategory: Pay\n---\nIn March.\n');
      write('b.md', '---\nquestion: Are bonuses paid?\nid: bonus\ncategory: Pay\n---\nYes.\n');
      expect(printed()).toEqual([
        'b.md:3: duplicate id "bonus": a.md already uses it',
        `us${path.sep}payday.md:1: duplicate id "payday": uk${path.sep}payday.md already uses it`,
      ]);
    });

    it('still reports an FAQ that lists itself when it keeps the id', () => {
      write('learning-stipend.md', learningStipend);
      write('wellbeing-allowance.md', wellbeingAllowance.replace('[learning-stipend]', '[wellbeing-allowance]'));
      expect(printed()).toEqual([
        'learning-stipend.md:4: duplicate id "wellbeing-allowance": wellbeing-allowance.md already uses it as its file name; change or remove this "id:" line',
        'wellbeing-allowance.md:4: related[1] lists this FAQ ("wellbeing-allowance") as related to itself',
      ]);
    });
  });

  describe('links', () => {
    const withLink = (url: string) =>
      `---\nquestion: Who runs payroll?\ncategory: Pay\nlinks:\n  - title: Payroll\n    url: ${url}\n---\nThe payroll team.\n`;

    it('accepts https://, http:// and mailto: links', () => {
      write(
        'payroll.md',
        [
          '---',
          'question: Who runs payroll?',
          'category: Pay',
          'links:',
          '  - title: Payroll handbook',
          '    url: https://example.com/payroll',
          '  - title: Intranet',
          '    url: http://intranet.local/hr',
          '  - title: Email payroll',
          '    url: mailto:payroll@example.com',
          '  - title: Ask about a payslip',
          '    url: mailto:payroll@example.com?subject=Payslip',
          '---',
          'The payroll team.',
          '',
        ].join('\n'),
      );
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.kb.get('payroll')?.links.map((link) => link.url)).toEqual([
        'https://example.com/payroll',
        'http://intranet.local/hr',
        'mailto:payroll@example.com',
        'mailto:payroll@example.com?subject=Payslip',
      ]);
    });

    it.each([
      'ftp://example.com/payroll',
      'intranet.local/hr',
      'https:example.com',
      '"mailto:"',
      'mailto:?subject=Payslip',
      'mailto:payroll',
      'payroll@example.com',
    ])('rejects %s, naming the three forms a link may take', (url) => {
      write('payroll.md', withLink(url));
      expect(printed()).toEqual([
        'payroll.md:6: links[1].url must be a web address starting with https:// or http://, or an email link such as mailto:payroll@example.com',
      ]);
    });
  });

  describe('the authoring guide', () => {
    const guide = readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, 'README.md'), 'utf8');
    const exampleOf = (file: string) => {
      const block = new RegExp(`\`\`\`yaml\\n(# ${file.replace('.', '\\.')}[^\\n]*\\n[\\s\\S]*?)\`\`\``).exec(guide);
      if (!block?.[1]) throw new Error(`the guide has no \`\`\`yaml block starting "# ${file}"`);
      return block[1];
    };

    it.each(['synonyms.yml', 'matching.yml'])('shows a %s that loads', (file) => {
      write('payday.md', PAYDAY);
      write(file, exampleOf(file));
      const result = loadKnowledgeBase(temp);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    });

    it('shows synonym groups that the bot reads', () => {
      write('payday.md', PAYDAY);
      write('synonyms.yml', exampleOf('synonyms.yml'));
      const result = loadKnowledgeBase(temp);
      expect(result.ok && result.kb.synonyms.groups).toContainEqual(['flex fund', 'wellbeing allowance']);
    });
  });

  describe('when a related id is not kebab-case', () => {
    it('suggests the kebab-case form and says which FAQ has that id', () => {
      write('payday.md', PAYDAY);
      write('bonus.md', '---\nquestion: When are bonuses paid?\ncategory: Pay\nrelated: [Payday]\n---\nIn March.\n');
      expect(printed()).toEqual([
        'bonus.md:4: related[1] "Payday" must be kebab-case: lowercase letters, digits and single hyphens; did you mean "payday"? That is the id of payday.md',
      ]);
    });

    it("never suggests the FAQ's own id", () => {
      write('bonus.md', '---\nquestion: When are bonuses paid?\ncategory: Pay\nrelated: [Bonus]\n---\nIn March.\n');
      write('payday.md', PAYDAY);
      expect(printed()).toEqual([
        'bonus.md:4: related[1] "Bonus" must be kebab-case: lowercase letters, digits and single hyphens; "bonus" is this FAQ\'s own id: remove it',
      ]);
    });

    it('finds the FAQ when the kebab-case form is only close to its id', () => {
      write('payday.md', PAYDAY);
      write('bonus.md', '---\nquestion: When are bonuses paid?\ncategory: Pay\nrelated: [Pay Day]\n---\nIn March.\n');
      expect(printed()).toEqual([
        expect.stringMatching(/related\[1\] "Pay Day" .*did you mean "payday"\? That is the id of payday\.md$/),
      ]);
    });

    it('suggests the kebab-case form even when no FAQ has it yet', () => {
      write('payday.md', PAYDAY);
      write(
        'bonus.md',
        '---\nquestion: When are bonuses paid?\ncategory: Pay\nrelated:\n  - payday\n  - Sick_Leave\n---\nIn March.\n',
      );
      expect(printed()).toEqual([
        'bonus.md:6: related[2] "Sick_Leave" must be kebab-case: lowercase letters, digits and single hyphens; did you mean "sick-leave"? (No FAQ has that id yet.)',
      ]);
    });

    it("checks the list's sound entries in the same run, so one run lists every problem", () => {
      write('payday.md', PAYDAY);
      write(
        'bonus.md',
        '---\nquestion: When are bonuses paid?\ncategory: Pay\nrelated:\n  - Payday Info\n  - paydy\n  - payday\n---\nIn March.\n',
      );
      expect(printed()).toEqual([
        'bonus.md:5: related[1] "Payday Info" must be kebab-case: lowercase letters, digits and single hyphens; did you mean "payday-info"? (No FAQ has that id yet.)',
        'bonus.md:6: related[2] "paydy" is not the id of any FAQ (did you mean "payday"?)',
      ]);
    });

    it('suggests the kebab-case form of an id and of a file name', () => {
      write('Pay_Day.md', PAYDAY);
      write('bonus.md', '---\nid: Bonus\nquestion: When are bonuses paid?\ncategory: Pay\n---\nIn March.\n');
      expect(printed()).toEqual([
        'bonus.md:2: id must be kebab-case: lowercase letters, digits and single hyphens (did you mean "bonus"?)',
        'Pay_Day.md:1: the file name "Pay_Day" is not a valid id; rename the file in kebab-case (pay-day.md) or set "id:"',
      ]);
    });
  });
});
