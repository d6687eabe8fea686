import { LogLevel } from '@slack/bolt';
import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { createLogger } from '../../src/runtime/logger';
import { renderAnswersInBackground } from '../../src/runtime/render-answers';
import { renderInWorker } from '../../src/runtime/render-in-worker';
import { loadValid } from '../helpers/knowledge';

// A worker thread starts a fresh Node runtime: on a busy 2-core machine that takes a moment.
jest.setTimeout(30_000);

describe('converting answers in the background', () => {
  let lines: Array<Record<string, unknown>>;
  let logger: ReturnType<typeof createLogger>;
  beforeEach(() => {
    lines = [];
    logger = createLogger({ level: LogLevel.INFO, destination: { write: (line) => lines.push(JSON.parse(line)) } });
  });

  it('converts every answer in a worker thread, as the card would, and says how many', async () => {
    const kb = loadValid();
    expect(kb.faqs.every((faq) => faq.rendered === undefined)).toBe(true);
    await renderAnswersInBackground(kb, logger);
    for (const faq of kb.faqs) expect(faq.rendered).toBe(markdownToMrkdwn(faq.answer));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', event: 'answers_rendered', faqs: kb.faqs.length }),
    ]);
  });

  it('names the file of an answer that is slow to convert, and still uses the conversion', async () => {
    const kb = loadValid();
    const [first] = kb.faqs;
    const render = async (answers: readonly string[]) =>
      answers.map((answer, index) => ({ mrkdwn: `converted ${answer.length}`, ms: index === 0 ? 900 : 1 }));
    await renderAnswersInBackground(kb, logger, { render, budgetMs: 500 });
    expect(first?.rendered).toBe(`converted ${first?.answer.length}`);
    const slow = lines.filter((line) => line.event === 'answer_render_slow');
    expect(slow).toEqual([expect.objectContaining({ level: 'warn', file: first?.source.file, ms: 900, limitMs: 500 })]);
  });

  it('keeps answers already converted, and does nothing when every answer is', async () => {
    const kb = loadValid();
    for (const faq of kb.faqs) faq.rendered = 'done';
    const render = jest.fn(renderInWorker);
    await renderAnswersInBackground(kb, logger, { render });
    expect(render).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('logs a failed conversion and leaves each answer to be converted when shown', async () => {
    const kb = loadValid();
    await renderAnswersInBackground(kb, logger, { render: () => Promise.reject(new Error('worker gone')) });
    expect(kb.faqs.every((faq) => faq.rendered === undefined)).toBe(true);
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', event: 'answers_render_failed', error: 'worker gone' }),
    ]);
  });
});

describe('renderInWorker', () => {
  it('converts answers in order, a batch at a time, and times each', async () => {
    const answers = Array.from(
      { length: 250 },
      (_, index) => `**Step ${index}**: see <https://example.com|the handbook>`,
    );
    const outcomes = await renderInWorker(answers);
    expect(outcomes.map(({ mrkdwn }) => mrkdwn)).toEqual(answers.map(markdownToMrkdwn));
    for (const { ms } of outcomes) expect(ms).toBeGreaterThanOrEqual(0);
    expect(await renderInWorker([])).toEqual([]);
  });

  it('gives up on a worker that takes longer than its time', async () => {
    await expect(renderInWorker(['_a'.repeat(3000)], 1)).rejects.toThrow(/took longer than 1 ms/);
  });

  it('rejects when the worker fails', async () => {
    await expect(renderInWorker([null as unknown as string])).rejects.toThrow(/properties of null/);
  });
});
