import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { formatProblem } from '../../src/knowledge/problems';
import { loadInWorker } from '../../src/runtime/load-in-worker';
import { convertedAnswers } from '../../src/runtime/render-answers';
import { loadValid } from '../helpers/knowledge';

// A worker thread starts a fresh Node runtime: on a busy 2-core machine that takes a moment.
jest.setTimeout(30_000);

describe('loading a knowledge folder in a worker thread', () => {
  let sandbox: string;
  let directory: string;
  beforeAll(() => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-worker-load-'));
    directory = path.join(sandbox, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
  });
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('converts every answer, reusing the conversions it is given for answers that did not change', async () => {
    const served = loadValid(directory);
    const [kept, ...others] = served.faqs;
    if (kept === undefined) throw new Error('the sample knowledge base is empty');
    kept.rendered = 'converted before';
    const loaded = await loadInWorker(directory, { converted: convertedAnswers(served) });
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.kb.get(kept.id)?.rendered).toBe('converted before');
    for (const faq of others) expect(loaded.kb.get(faq.id)?.rendered).toBe(markdownToMrkdwn(faq.answer));
  });

  it('gives up on a load that takes longer than its time, saying so', async () => {
    const loaded = await loadInWorker(directory, { timeoutMs: 1 });
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      expect.stringContaining('took longer than 1 ms to load; is the disk responding?'),
    ]);
  });
});

describe('convertedAnswers', () => {
  it('maps each converted answer, by its Markdown, to its conversion, and skips the rest', () => {
    const kb = loadValid();
    const [first, second] = kb.faqs;
    if (first === undefined || second === undefined) throw new Error('the sample knowledge base is too small');
    first.rendered = 'first, converted';
    expect(convertedAnswers(kb)).toEqual(new Map([[first.answer, 'first, converted']]));
    expect(second.rendered).toBeUndefined();
  });
});
