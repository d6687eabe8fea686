import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import type { Faq } from '../src/knowledge/faq-schema';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import { formatProblem } from '../src/knowledge/problems';
import { matcherWithCache } from '../src/matching/index-cache';
import { Matcher } from '../src/matching/matcher';
import type { SyntheticQuery } from './synthetic-kb';

/**
 * Measures one matcher variant in a process of its own, so that start-up time and peak memory belong to
 * that variant alone. Usage: bench-worker <hrfaq|hrfaq-saved|fuse> <knowledge dir> <queries.json> <max queries>
 * [<index dir>].
 * Prints one JSON object on stdout.
 */
/** One run of a variant: the knowledge base, the queries, how many to time, and where a saved index goes. */
export interface WorkerJob {
  variant: string;
  directory: string;
  queriesFile: string;
  maxQueries: number;
  /** hrfaq-saved only: where the saved index and the parsed FAQs go (INDEX_DIR). */
  indexDir?: string;
}

export interface WorkerResult {
  variant: string;
  faqs: number;
  startupMs: number;
  medianMs: number;
  p99Ms: number;
  peakRssMb: number;
  /** Whether each query's first result was the labelled FAQ, in query order. */
  hits: boolean[];
  /** hrfaq-saved only: whether the matcher was read from the saved index or built (and saved). */
  source?: 'saved' | 'built';
}

const WARM_UP = 20;

type Search = (query: string) => string | undefined;

function build(
  variant: string,
  directory: string,
  indexDir: string,
): { faqs: number; search: Search; source?: 'saved' | 'built' } {
  // `hrfaq-saved` starts as the bot does with INDEX_DIR: it reads the FAQs an earlier start parsed (those of
  // files unchanged since) and the saved index; with neither there it parses and builds, and saves both (the
  // bench runs it once first, so the timed runs read them).
  const saved = variant === 'hrfaq-saved';
  const loaded = loadKnowledgeBase(directory, saved ? { parsedCache: indexDir } : {});
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map(formatProblem).join('\n'));
  if (loaded.cacheProblem) throw new Error(loaded.cacheProblem);
  const { kb } = loaded;
  if (variant === 'fuse') {
    // The baseline the issue names: Fuse.js token search over question, alternates and keywords.
    const fuse = new Fuse<Faq>([...kb.faqs], {
      keys: ['question', 'alternates', 'keywords'],
      useTokenSearch: true,
      ignoreLocation: true,
      includeScore: true,
    });
    return { faqs: kb.faqs.length, search: (query) => fuse.search(query, { limit: 3 })[0]?.item.id };
  }
  const cached = saved ? matcherWithCache(kb, indexDir) : undefined;
  if (cached?.problem) throw new Error(cached.problem);
  const matcher = cached?.matcher ?? new Matcher(kb);
  return {
    faqs: kb.faqs.length,
    source: cached?.source,
    search: (query) => {
      const result = matcher.match(query);
      return (result.match ?? result.suggestions[0])?.faq.id;
    },
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

export function runWorker({ variant, directory, queriesFile, maxQueries, indexDir = '' }: WorkerJob): WorkerResult {
  const started = process.hrtime.bigint();
  const { faqs, search, source } = build(variant, directory, indexDir);
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;

  const all: SyntheticQuery[] = JSON.parse(readFileSync(queriesFile, 'utf8'));
  const queries = all.slice(0, maxQueries);
  for (const { q } of all.slice(0, WARM_UP)) search(q);
  const times: number[] = [];
  const hits: boolean[] = [];
  for (const { q, expect } of queries) {
    const before = process.hrtime.bigint();
    const found = search(q);
    times.push(Number(process.hrtime.bigint() - before) / 1e6);
    hits.push(found === expect);
  }
  times.sort((a, b) => a - b);
  return {
    variant,
    faqs,
    startupMs,
    medianMs: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    hits,
    ...(source ? { source } : {}),
  };
}

if (require.main === module) {
  const [variant = 'hrfaq', directory = '', queriesFile = '', maxQueries = '1000', indexDir = ''] =
    process.argv.slice(2);
  const job = { variant, directory, queriesFile, maxQueries: Number(maxQueries), indexDir };
  process.stdout.write(`${JSON.stringify(runWorker(job))}\n`);
}
