import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { formatProblem, type KnowledgeProblem } from '../../src/knowledge/problems';
import { fixtureKnowledge } from '../helpers/paths';

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
    beforeEach(() => {
      temp = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-kb-'));
    });
    afterEach(() => rmSync(temp, { recursive: true, force: true }));

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
      expect(problem?.message).toMatch(/bad YAML: Map keys must be unique/);
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
  beforeEach(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-kb-broken-link-'));
  });
  afterEach(() => {
    rmSync(temp, { recursive: true, force: true });
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
  beforeEach(() => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-links-'));
  });
  afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

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
