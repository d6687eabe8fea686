import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../config/paths';
import { displayPath } from '../../knowledge/problems';
import { calibrate } from '../../matching/calibrate';
import { type EvalReport, type EvalSet, evalSetSchema, evaluate } from '../../matching/evaluate';
import { DEFAULT_MATCH_CONFIG } from '../../matching/match-config';
import { Matcher } from '../../matching/matcher';
import { errorText } from '../../runtime/error-details';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';

export const EVAL_USAGE =
  'eval [--set <file>]... [--calibrate] [--json] [--dir <folder>]   measure the matcher on labelled question sets';

export const DEFAULT_EVAL_SETS = ['dev-set.yml', 'holdout-set.yml', 'review-set.yml', 'review-2-set.yml'].map((name) =>
  path.join(PROJECT_ROOT, 'test', 'eval', name),
);

/** The targets the project holds itself to; `eval` exits 1 when a set misses one. */
export const EVAL_TARGETS = { top1: 0.95, offTopicAnswered: 0.03 };

export function readEvalSet(file: string): { ok: true; set: EvalSet } | { ok: false; error: string } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `${displayPath(file)}: cannot be read (${errorText(error)})`,
    };
  }
  let data: unknown;
  try {
    data = parse(raw);
  } catch (error) {
    return { ok: false, error: `${displayPath(file)}: bad YAML: ${errorText(error).split('\n')[0]}` };
  }
  const parsed = evalSetSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `${displayPath(file)}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    };
  }
  return { ok: true, set: parsed.data };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);

function formatReport(file: string, report: EvalReport): string {
  const lines = [
    `${displayPath(file)}: ${report.answerable} answerable, ${report.offTopic} off-topic`,
    `  top-1 accuracy      ${percent(report.top1)}  (the first FAQ offered is right; target ≥ ${percent(EVAL_TARGETS.top1).trim()})`,
    `  top-3 accuracy      ${percent(report.top3)}  (the right FAQ is among those offered)`,
    `  answered correctly  ${percent(report.answeredCorrectly)}  (answered outright with the right FAQ)`,
    `  answered wrongly    ${percent(report.answeredWrongly)}  (answered outright with a wrong FAQ)`,
    `  off-topic answered  ${percent(report.offTopicAnswered)}  (target ≤ ${percent(EVAL_TARGETS.offTopicAnswered).trim()})`,
  ];
  if (report.misses.length > 0) {
    lines.push(`  misses (${report.misses.length}):`);
    for (const miss of report.misses) {
      const got = miss.got.length > 0 ? miss.got.join(', ') : 'nothing';
      lines.push(`    [${miss.band}] "${miss.query}" expected ${miss.expected ?? 'no answer'}, offered ${got}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function evalCommand(
  io: CliIo,
  options: { sets: string[]; calibrate: boolean; json: boolean; dir?: string },
): Promise<ExitCode> {
  const loaded = loadForCli(io, options.dir);
  if (!loaded) return EXIT_INVALID;
  const matcher = new Matcher(loaded.kb);
  const files = options.sets.length > 0 ? options.sets.map((file) => path.resolve(file)) : DEFAULT_EVAL_SETS;
  let metTargets = true;
  const reports: Array<{ file: string; report: EvalReport }> = [];
  for (const file of files) {
    const read = readEvalSet(file);
    if (!read.ok) {
      io.stderr(`${read.error}\n`);
      return EXIT_INVALID;
    }
    if (options.calibrate) {
      const rows = calibrate(matcher, read.set, { maxWrong: 0.02, maxOffTopic: 0.02 }, DEFAULT_MATCH_CONFIG);
      io.stdout(`${displayPath(file)}: best thresholds (wrong ≤ 2%, off-topic answered ≤ 2%)\n`);
      io.stdout('  answer  suggest  margin   top-1  correct  wrong  off-topic\n');
      for (const row of rows.slice(0, 10)) {
        io.stdout(
          `  ${row.answerThreshold.toFixed(2).padStart(6)}  ${row.suggestThreshold.toFixed(2).padStart(7)}  ${row.closeCallMargin.toFixed(2).padStart(6)}  ${percent(row.top1)}  ${percent(row.answeredCorrectly)}  ${percent(row.answeredWrongly)}  ${percent(row.offTopicAnswered)}\n`,
        );
      }
      continue;
    }
    const report = evaluate(matcher, read.set);
    reports.push({ file: displayPath(file), report });
    if (report.top1 < EVAL_TARGETS.top1 || report.offTopicAnswered > EVAL_TARGETS.offTopicAnswered) metTargets = false;
    if (!options.json) io.stdout(`${formatReport(file, report)}\n`);
  }
  if (options.json) io.stdout(`${JSON.stringify(reports)}\n`);
  return metTargets ? EXIT_OK : EXIT_INVALID;
}
