import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEvalSet } from '../eval/run';
import { EVAL_SETS, resolve } from '../eval/sets';
import type { WorkerJob, WorkerResult } from './matcher-worker';
import { writeSyntheticKb } from './synthetic-kb';

/** `npm run bench [-- --sizes 100,1000,10000]`: matcher vs plain Fuse.js: latency, start-up, memory. */
interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Plain Fuse.js is slow at scale, so it gets fewer queries there; medians stay comparable. */
const BASELINE_QUERIES: Record<number, number> = { 100: 150, 1000: 80, 10000: 25 };
/** Start-up is timed this many times per variant (once with the queries, then alone) and the median kept. */
const STARTUP_RUNS = 3;
/** Compiled (`npm run bench`), the worker runs as plain JavaScript, as the bot does; from source, with tsx. */
const COMPILED = __filename.endsWith('.js');
const WORKER = path.resolve(__dirname, COMPILED ? 'matcher-worker.js' : 'matcher-worker.ts');

function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const mixed: T[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index++) {
    if (index < first.length) mixed.push(first[index] as T);
    if (index < second.length) mixed.push(second[index] as T);
  }
  return mixed;
}

function runWorker({ variant, directory, queriesFile, maxQueries, indexDir = '' }: WorkerJob): WorkerResult {
  const child = spawnSync(
    process.execPath,
    [...(COMPILED ? [] : ['--import', 'tsx']), WORKER, variant, directory, queriesFile, String(maxQueries), indexDir],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`the ${variant} worker failed: ${child.stderr.trim().split('\n')[0]}`);
  return JSON.parse(child.stdout) as WorkerResult;
}

/** One measured run, then start-up alone until there are STARTUP_RUNS timings; start-up is their median. */
function measure(job: WorkerJob): WorkerResult {
  // A timed start meant to read the saved index must have read it, or it measured a build.
  const checked = (run: WorkerResult) => {
    if (job.variant === 'hrfaq-saved' && run.source !== 'saved')
      throw new Error('a timed start did not read the saved index');
    return run;
  };
  const result = checked(runWorker(job));
  const startups = [result.startupMs];
  for (let run = 1; run < STARTUP_RUNS; run++) startups.push(checked(runWorker({ ...job, maxQueries: 0 })).startupMs);
  startups.sort((a, b) => a - b);
  return { ...result, startupMs: startups[Math.floor(startups.length / 2)] ?? result.startupMs };
}

const LABELS: Record<string, string> = { fuse: 'plain Fuse', hrfaq: 'hrfaq', 'hrfaq-saved': 'hrfaq sav.' };
const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(1)).padStart(9);
const ratio = (baseline: number, ours: number) => `${(baseline / Math.max(ours, 1e-9)).toFixed(1)}×`.padStart(8);

/**
 * `bench`: for each size, writes a synthetic knowledge base (the shipped FAQs plus generated ones, in the
 * normal file format) to a temporary folder, then measures hrfaq's matcher and plain Fuse.js token search
 * on the same data and queries, each in its own process, and prints them side by side with the ratio.
 */
function benchCommand(io: Io, options: { sizes: number[] }): number {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-bench-'));
  try {
    io.stdout(`hrfaq matcher vs plain Fuse.js token search (node ${process.version}, ${os.cpus().length} cores)\n`);
    io.stdout(
      `Same knowledge base and queries per size; each variant runs in its own process. Times in ms; start-up is the median of ${STARTUP_RUNS} runs.\n\n`,
    );
    const dev = EVAL_SETS[0];
    const realQuestions = readEvalSet(resolve(dev.questions)).answerable.map(({ q, expect }) => ({ q, expect }));
    io.stdout(
      "Queries: perturbed phrasings of the generated FAQs, interleaved with the dev set's real questions.\n" +
        'top-1 is measured on the queries both variants ran (plain Fuse.js runs fewer at scale).\n\n',
    );
    io.stdout(
      '   FAQs  variant        start-up   median q      p99 q  peak RSS MB  top-1   queries\n' +
        '  -----  ----------  ---------  ---------  ---------  -----------  -----   -------\n',
    );
    for (const size of options.sizes) {
      const kb = writeSyntheticKb(path.join(root, `kb-${size}`), size, resolve(dev.knowledge));
      const queries = interleave(kb.queries, realQuestions);
      const queriesFile = path.join(root, `queries-${size}.json`);
      writeFileSync(queriesFile, JSON.stringify(queries));
      const job = { directory: kb.directory, queriesFile, maxQueries: queries.length };
      const baseline = measure({ ...job, variant: 'fuse', maxQueries: BASELINE_QUERIES[size] ?? 25 });
      const ours = measure({ ...job, variant: 'hrfaq' });
      // The first start with INDEX_DIR parses the FAQs and builds the index, and saves both; the measured
      // ones read them.
      const indexDir = path.join(root, `index-${size}`);
      const firstSaved = runWorker({ ...job, variant: 'hrfaq-saved', maxQueries: 0, indexDir });
      const saved = measure({ ...job, variant: 'hrfaq-saved', indexDir });
      // Accuracy on exactly the queries both variants answered.
      const shared = baseline.hits.length;
      for (const result of [baseline, ours, saved]) {
        const top1 = result.hits.slice(0, shared).filter(Boolean).length / Math.max(1, shared);
        io.stdout(
          `  ${String(result.faqs).padStart(5)}  ${LABELS[result.variant]?.padEnd(10)}  ${ms(result.startupMs)}  ${ms(result.medianMs)}  ${ms(result.p99Ms)}  ${result.peakRssMb.toFixed(0).padStart(11)}  ${(top1 * 100).toFixed(0).padStart(4)}%   ${String(result.hits.length).padStart(7)}\n`,
        );
      }
      io.stdout(
        `         speed-up          ${ratio(baseline.startupMs, ours.startupMs).replace('×', '')}   ${ratio(baseline.medianMs, ours.medianMs)}   ${ratio(baseline.p99Ms, ours.p99Ms)}   (plain Fuse ÷ hrfaq; start-up ratio < 1 means hrfaq starts slower)\n` +
          `         saved index       ${ratio(ours.startupMs, saved.startupMs).replace('×', '')}   (hrfaq start-up ÷ start-up from the saved index and parsed FAQs; the first start, which saved them, took ${firstSaved.startupMs.toFixed(0)} ms)\n\n`,
      );
    }
    io.stdout(
      '"hrfaq sav." starts as the bot does with INDEX_DIR: from the parsed FAQs and index an earlier start with the same FAQs saved.\n' +
        'Targets: ≤ 1 ms per query at 1,000 FAQs, ≤ 2 ms at 10,000; start-up ≤ 1,500 ms and peak RSS ≤ 250 MB at 10,000.\n',
    );
    return 0;
  } catch (error) {
    io.stderr(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
  const sizes = (values.sizes ?? '100,1000,10000').split(',').map(Number);
  process.exitCode = benchCommand(
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
    { sizes: sizes.filter((size) => Number.isInteger(size) && size > 0) },
  );
}
