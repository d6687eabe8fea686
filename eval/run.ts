/**
 * `npm run eval`: accuracy of the matcher on every labelled set, with plain-library baselines scored in the
 * same run. Options: --set <name> (repeatable), --role tuning|review|holdout, --baselines, --wordnet (the
 * matcher with WordNet's related words as well, side by side), --misses, --calibrate, --fit, --json.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import type { MatchConfig } from '../src/matching/match-config';
import { Matcher } from '../src/matching/matcher';
import { fuseBaseline, miniSearchBaseline } from './baselines';
import { calibrate } from './calibrate';
import { type EvalReport, type EvalSet, evalSetSchema, evaluate, type Responder } from './evaluate';
import { fitAnswerModel } from './fit';
import { EVAL_SETS, type EvalSetEntry, resolve } from './sets';
import { WordNet } from './wordnet';

export function readEvalSet(file: string): EvalSet {
  return evalSetSchema.parse(parse(readFileSync(file, 'utf8')) ?? {});
}

export function matcherResponder(matcher: Matcher): Responder {
  return (question) => {
    const result = matcher.match(question);
    return {
      answered: result.band === 'answer',
      offered: result.suggestions.map(({ faq }) => faq.id),
      band: result.band,
      likely: result.likely,
    };
  };
}

export interface SetResult {
  entry: EvalSetEntry;
  reports: Record<string, EvalReport>;
}

export type Baseline = 'MiniSearch' | 'Fuse.js';
const BASELINES: Record<Baseline, typeof miniSearchBaseline> = {
  MiniSearch: miniSearchBaseline,
  'Fuse.js': fuseBaseline,
};

export function runSet(
  entry: EvalSetEntry,
  baselines: readonly Baseline[] = [],
  config: Partial<MatchConfig> = {},
  wordnet?: WordNet,
): SetResult {
  const loaded = loadKnowledgeBase(resolve(entry.knowledge));
  if (!loaded.ok) {
    throw new Error(`${entry.knowledge}: ${loaded.problems.map((problem) => problem.message).join('; ')}`);
  }
  const set = readEvalSet(resolve(entry.questions));
  const reports: Record<string, EvalReport> = {
    hrfaq: evaluate(matcherResponder(new Matcher(loaded.kb, config)), set),
  };
  if (wordnet) {
    const relatedWords = (word: string) => wordnet.related(word);
    reports['hrfaq + WordNet'] = evaluate(matcherResponder(new Matcher(loaded.kb, { ...config, relatedWords })), set);
  }
  for (const name of baselines) reports[name] = evaluate(BASELINES[name](loaded.kb), set);
  return { entry, reports };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatTable(results: readonly SetResult[]): string {
  const lines = [
    '| Set (role) | System | Questions | Top-1 | Top-3 | Answered correctly | Answered wrongly | Off-topic answered | Net |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { entry, reports } of results) {
    for (const [system, report] of Object.entries(reports)) {
      lines.push(
        `| ${entry.name} (${entry.role}) | ${system} | ${report.answerable} + ${report.offTopic} | ${pct(report.top1)} | ${pct(report.top3)} | ${pct(report.answeredCorrectly)} | ${pct(report.answeredWrongly)} | ${pct(report.offTopicAnswered)} | ${pct(report.net)} |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * Under "Did you mean…?", the card shows the start of the likeliest FAQ's answer when it is clearly ahead
 * (`likelyThreshold`); how often that guess is right, per set, and what employees then see at once.
 */
export function formatLikelyTable(results: readonly SetResult[]): string {
  const lines = [
    '| Set (role) | Best guess shown: right FAQ | wrong FAQ | off-topic | Right answer seen at once (answered + right guess) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { entry, reports } of results) {
    const report = reports.hrfaq;
    if (!report) continue;
    lines.push(
      `| ${entry.name} (${entry.role}) | ${pct(report.likelyRight)} | ${pct(report.likelyWrong)} | ${pct(report.offTopicLikely)} | ${pct(report.answeredCorrectly + report.likelyRight)} |`,
    );
  }
  return lines.join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      role: { type: 'string', multiple: true },
      baselines: { type: 'boolean' },
      misses: { type: 'boolean' },
      calibrate: { type: 'boolean' },
      fit: { type: 'boolean' },
      wordnet: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run eval -- [--set <name>]... [--role tuning|review|holdout]... [--baselines] [--wordnet] [--misses] [--calibrate] [--fit] [--json]\n' +
        `sets: ${EVAL_SETS.map(({ name, role }) => `${name} (${role})`).join(', ')}\n`,
    );
    return 0;
  }
  const names = values.set ?? [];
  const roles = values.role ?? [];
  const unknown = names.filter((name) => !EVAL_SETS.some((entry) => entry.name === name));
  if (unknown.length > 0) {
    process.stderr.write(
      `no such set: ${unknown.join(', ')} (sets: ${EVAL_SETS.map(({ name }) => name).join(', ')})\n`,
    );
    return 2;
  }
  const chosen = EVAL_SETS.filter(
    (entry) => (names.length === 0 || names.includes(entry.name)) && (roles.length === 0 || roles.includes(entry.role)),
  );
  if (values.fit || values.calibrate) {
    // The answer model and the thresholds are chosen on the tuning and review sets; the holdouts never.
    const fitted = chosen.filter(({ role }) => role !== 'holdout');
    if (fitted.length === 0) {
      process.stderr.write('--fit and --calibrate use the tuning and review sets, and none of those is chosen\n');
      return 2;
    }
    process.stdout.write(values.fit ? fitAnswerModel(fitted) : calibrate(fitted));
    return 0;
  }
  const wordnet = values.wordnet ? new WordNet() : undefined;
  const results = chosen.map((entry) => runSet(entry, values.baselines ? ['MiniSearch', 'Fuse.js'] : [], {}, wordnet));
  wordnet?.close();
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(results.map(({ entry, reports }) => ({ set: entry.name, role: entry.role, reports })))}\n`,
    );
    return 0;
  }
  process.stdout.write(`${formatTable(results)}\n\n${formatLikelyTable(results)}\n`);
  if (values.misses) {
    for (const { entry, reports } of results) {
      const misses = reports.hrfaq?.misses ?? [];
      process.stdout.write(`\n${entry.name}: ${misses.length} misses\n`);
      for (const miss of misses) {
        const got = miss.got.length > 0 ? miss.got.join(', ') : 'nothing';
        process.stdout.write(
          `  [${miss.band}] "${miss.query}" expected ${miss.expected ?? 'no answer'}, offered ${got}\n`,
        );
      }
    }
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
