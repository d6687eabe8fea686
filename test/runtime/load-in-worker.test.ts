import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { formatProblem } from '../../src/knowledge/problems';
import { loadInWorker } from '../../src/runtime/load-in-worker';
import { servedAnswers } from '../../src/runtime/render-answers';
import { loadValid, useKnowledgeCopy } from '../helpers/knowledge';

// A worker thread starts a fresh Node runtime: on a busy 2-core machine that takes a moment.
jest.setTimeout(30_000);

/** Thousands of `_a` pairs: valid Markdown, under the length limit, seconds of work to convert. */
const PATHOLOGICAL = `---\nquestion: What is this?\ncategory: Leave\n---\n${'_a'.repeat(3000)}\n`;

describe('loading a knowledge folder in a worker thread', () => {
  const copy = useKnowledgeCopy('worker-load');

  it('converts new answers, reuses conversions of served ones, and leaves served unconverted ones', async () => {
    const directory = copy.directory();
    const served = loadValid(directory);
    const [kept, waiting, ...others] = served.faqs;
    if (kept === undefined || waiting === undefined) throw new Error('the sample knowledge base is too small');
    kept.rendered = 'converted before';
    const changed = others[0];
    if (changed === undefined) throw new Error('the sample knowledge base is too small');
    writeFileSync(
      changed.source.path,
      `---\nquestion: ${changed.question}\ncategory: ${changed.category}\n---\nNew **text**.\n`,
    );
    const loaded = await loadInWorker(directory, { served: servedAnswers(served) });
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.kb.get(kept.id)?.rendered).toBe('converted before');
    // Served but not converted yet: left for the background conversion.
    expect(loaded.kb.get(waiting.id)?.rendered).toBeUndefined();
    expect(loaded.kb.get(changed.id)?.rendered).toBe(markdownToMrkdwn('New **text**.'));
  });

  it('rejects a new answer too slow to convert, but not one the served knowledge base already has', async () => {
    const directory = copy.directory();
    writeFileSync(path.join(directory, 'pathological.md'), PATHOLOGICAL);
    const fresh = await loadInWorker(directory);
    expect(fresh.ok ? [] : fresh.problems.map(formatProblem)).toEqual(
      expect.arrayContaining([expect.stringMatching(/pathological\.md:1: the answer takes \d+ ms to render/)]),
    );
    // Started with it (a warning then), and not converted yet: a reload of other edits must still go live.
    const served = loadValid(directory);
    const again = await loadInWorker(directory, { served: servedAnswers(served) });
    expect(again.ok && again.kb.get('pathological')?.rendered).toBeUndefined();
    expect(again.ok).toBe(true);
  });

  it('rejects a change that puts a starter "[Fill in: …]" marker in an answer, at its line', async () => {
    const directory = copy.directory();
    writeFileSync(
      path.join(directory, 'payday.md'),
      '---\nquestion: When is payday?\ncategory: Pay\n---\nPayday is [Fill in: your pay schedule].\n',
    );
    const loaded = await loadInWorker(directory);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/payday\.md:5: still has a "\[Fill in: …\]" marker; replace each with your own policy/),
    ]);
  });

  it('gives up on a load that takes longer than its time, saying so', async () => {
    const loaded = await loadInWorker(copy.directory(), { timeoutMs: 1 });
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      expect.stringContaining('took longer than 1 ms to load; is the disk responding?'),
    ]);
  });
});

describe('servedAnswers', () => {
  it("lists a knowledge base's answers, and the conversions it has of them", () => {
    const kb = loadValid();
    const [first] = kb.faqs;
    if (first === undefined) throw new Error('the sample knowledge base is empty');
    first.rendered = 'first, converted';
    const served = servedAnswers(kb);
    expect(served.converted).toEqual(new Map([[first.answer, 'first, converted']]));
    expect(served.answers).toEqual(new Set(kb.faqs.map(({ answer }) => answer)));
  });
});
