import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { escapeUserText } from '../../src/blocks/text';
import { renderAnswersInBackground } from '../../src/runtime/render-answers';
import { RENDER_BATCH, type RenderOutcome, renderInWorker } from '../../src/runtime/render-in-worker';
import { loadValid } from '../helpers/knowledge';
import { captureLogs } from '../helpers/logs';

// A worker thread starts a fresh Node runtime: on a busy 2-core machine that takes a moment.
jest.setTimeout(30_000);

/** A converter for tests: `label:answer`, in batches of `size`, failing on any batch that holds `bad`. */
function fakeRender({ label = 'converted', size = 1000, bad }: { label?: string; size?: number; bad?: string } = {}) {
  return async function* (answers: readonly string[]): AsyncGenerator<RenderOutcome[]> {
    for (let start = 0; start < answers.length; start += size) {
      const batch = answers.slice(start, start + size);
      if (bad !== undefined && batch.includes(bad)) throw new Error('the worker ran out of memory');
      yield batch.map((answer) => ({ mrkdwn: `${batch.length === 1 ? 'alone' : label}:${answer.length}`, ms: 1 }));
    }
  };
}

async function collect(batches: AsyncIterable<RenderOutcome[]>): Promise<RenderOutcome[][]> {
  const all: RenderOutcome[][] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('converting answers in the background', () => {
  let lines: Array<Record<string, unknown>>;
  let logger: ReturnType<typeof captureLogs>['logger'];
  let events: ReturnType<typeof captureLogs>['events'];
  beforeEach(() => {
    ({ lines, logger, events } = captureLogs());
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

  it('converts only the answers not converted yet, each to its own FAQ', async () => {
    const kb = loadValid();
    const done = kb.faqs.filter((_, index) => index % 3 === 0);
    for (const faq of done) faq.rendered = 'kept';
    await renderAnswersInBackground(kb, logger, { render: fakeRender({ size: 4 }) });
    for (const faq of kb.faqs) {
      expect(faq.rendered).toBe(done.includes(faq) ? 'kept' : `converted:${faq.answer.length}`);
    }
    expect(lines).toEqual([expect.objectContaining({ event: 'answers_rendered', faqs: kb.faqs.length - done.length })]);
  });

  it('names the file of an answer that is slow to convert, and still uses the conversion', async () => {
    const kb = loadValid();
    const [first] = kb.faqs;
    const render = async function* (answers: readonly string[]) {
      yield answers.map((answer, index) => ({ mrkdwn: `converted ${answer.length}`, ms: index === 0 ? 900 : 1 }));
    };
    await renderAnswersInBackground(kb, logger, { render, budgetMs: 500 });
    expect(first?.rendered).toBe(`converted ${first?.answer.length}`);
    expect(events('answer_render_slow')).toEqual([
      expect.objectContaining({ level: 'warn', file: first?.source.file, ms: 900, limitMs: 500 }),
    ]);
  });

  it('does nothing when every answer is converted', async () => {
    const kb = loadValid();
    for (const faq of kb.faqs) faq.rendered = 'done';
    const render = jest.fn(fakeRender());
    await renderAnswersInBackground(kb, logger, { render });
    expect(render).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('keeps the batches done before a failure, finds the answer that stops the worker, and shows it as text', async () => {
    const kb = loadValid();
    const bad = kb.faqs[7];
    if (bad === undefined) throw new Error('the sample knowledge base is too small');
    await renderAnswersInBackground(kb, logger, { render: fakeRender({ size: 5, bad: bad.answer }) });
    kb.faqs.forEach((faq, index) => {
      if (faq === bad) expect(faq.rendered).toBe(escapeUserText(faq.answer));
      // The first batch of five came back before the failure; the rest were converted one at a time.
      else expect(faq.rendered).toBe(`${index < 5 ? 'converted' : 'alone'}:${faq.answer.length}`);
    });
    expect(events('answer_render_failed')).toEqual([
      expect.objectContaining({ level: 'warn', file: bad.source.file, error: 'the worker ran out of memory' }),
    ]);
    expect(events('answers_rendered')).toHaveLength(1);
  });

  it('gives up without touching an answer when the worker fails on every one', async () => {
    const kb = loadValid();
    const render = async function* (): AsyncGenerator<RenderOutcome[]> {
      yield* [];
      throw new Error('worker gone');
    };
    await renderAnswersInBackground(kb, logger, { render });
    expect(kb.faqs.every((faq) => faq.rendered === undefined)).toBe(true);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        event: 'answers_render_failed',
        error: 'worker gone',
        left: kb.faqs.length,
      }),
    ]);
  });

  it('stops once the knowledge base is no longer served', async () => {
    const kb = loadValid();
    let batches = 0;
    const render = fakeRender({ size: 4 });
    await renderAnswersInBackground(kb, logger, {
      render: async function* (answers) {
        for await (const batch of render(answers)) {
          batches += 1;
          yield batch;
        }
      },
      isCurrent: () => batches < 2,
    });
    expect(kb.faqs.filter((faq) => faq.rendered !== undefined)).toHaveLength(8);
    expect(lines).toEqual([expect.objectContaining({ event: 'answers_render_stopped', converted: 8 })]);
  });
});

describe('renderInWorker', () => {
  it('converts answers in order, a batch at a time, and times each', async () => {
    const answers = Array.from(
      { length: 250 },
      (_, index) => `**Step ${index}**: see <https://example.com|the handbook>`,
    );
    const batches = await collect(renderInWorker(answers));
    expect(batches.map((batch) => batch.length)).toEqual([RENDER_BATCH, RENDER_BATCH, 250 - 2 * RENDER_BATCH]);
    expect(batches.flat().map(({ mrkdwn }) => mrkdwn)).toEqual(answers.map(markdownToMrkdwn));
    for (const { ms } of batches.flat()) expect(ms).toBeGreaterThanOrEqual(0);
    expect(await collect(renderInWorker([]))).toEqual([]);
  });

  it('can be stopped after any batch', async () => {
    const answers = Array.from({ length: 2 * RENDER_BATCH }, (_, index) => `answer ${index}`);
    for await (const batch of renderInWorker(answers)) {
      expect(batch).toHaveLength(RENDER_BATCH);
      break;
    }
  });

  it('stops a conversion that takes longer than its time', async () => {
    // Thousands of `_a` pairs: valid Markdown that takes seconds to convert.
    await expect(collect(renderInWorker(['_a'.repeat(4000)], 300))).rejects.toThrow(/took longer than 300 ms/);
  });

  it('fails when the worker fails', async () => {
    await expect(collect(renderInWorker([null as unknown as string]))).rejects.toThrow(/properties of null/);
  });
});
