import type { GapReport } from '../../analytics/gap-report';
import { commonEnvSchema } from '../../config/env';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge';
import { displayPath } from '../../knowledge/problems';
import { errorText } from '../../runtime/error-details';
import { readGapReport } from '../../store/open-store';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { readCliEnv } from '../load-for-cli';

export const REPORT_USAGE = 'report [--since 7d] [--json]   the knowledge-gap report for HR, from the event log';

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { h: 3600_000, d: DAY_MS, w: 7 * DAY_MS };

/** `7d`, `24h`, `2w` or a date such as `2026-11-01`. */
export function parseSince(text: string, now: Date): Date | undefined {
  const relative = /^(\d+)\s*([hdw])$/i.exec(text.trim());
  if (relative) {
    // "0d" is no period at all: a report of nothing
    const length = Number(relative[1]) * (UNITS[relative[2]?.toLowerCase() ?? 'd'] ?? 0);
    const since = new Date(now.getTime() - length);
    // ("999999999d" goes back past the dates a Date can hold)
    return length > 0 && Number.isFinite(since.getTime()) ? since : undefined;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (day) {
    const date = new Date(text.trim());
    // (Date rolls "2026-02-30" over to 2 March rather than refusing it)
    const [, year, month, dayOfMonth] = day.map(Number);
    const calendar = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, dayOfMonth ?? 0));
    const real = calendar.getUTCMonth() === (month ?? 0) - 1 && calendar.getUTCDate() === dayOfMonth;
    return Number.isNaN(date.getTime()) || !real ? undefined : date;
  }
  return undefined;
}

function table(headers: string[], rows: string[][], alignRight: boolean[] = []): string {
  if (rows.length === 0) return '  (none)\n';
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (alignRight[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd();
  return `${[line(headers), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}

function render(report: GapReport, questionOf: (id: string) => string): string {
  const out: string[] = [];
  out.push(`hrfaq knowledge-gap report, ${report.since.slice(0, 10)} to ${report.until.slice(0, 10)}\n`);
  /** The 25 most frequent of a list of questions, with how many and when last asked. */
  const questions = (rows: GapReport['unanswered']) =>
    table(
      ['count', 'question', 'last asked'],
      rows.slice(0, 25).map((row) => [String(row.count), row.question, row.lastSeen.slice(0, 16).replace('T', ' ')]),
      [true],
    );
  out.push('\nUnanswered questions (no match, or "None of these"), most asked first\n');
  out.push(questions(report.unanswered));
  out.push('\nFAQs by 👎 rate (each person’s last vote per card)\n');
  out.push(
    table(
      ['👎 rate', '👎', '👍', 'faq', 'question'],
      report.feedback.map((row) => [
        `${Math.round(row.downRate * 100)}%`,
        String(row.down),
        String(row.up),
        row.faq,
        questionOf(row.faq),
      ]),
      [true, true, true],
    ),
  );
  out.push('\nSuggested alternates: people who asked X picked FAQ Y from "Did you mean"\n');
  out.push(
    table(
      ['count', 'asked', 'picked'],
      report.suggestedAlternates.slice(0, 25).map((row) => [String(row.count), row.question, row.faq]),
      [true],
    ),
  );
  out.push('\nOffered "Did you mean…?" choices, and nothing clicked (times more than a click), most first\n');
  out.push(questions(report.unpicked));
  out.push(`\nQuestions sent to HR with "Ask HR": ${report.escalations}\n`);
  out.push('\nVolume by day\n');
  out.push(
    table(
      ['day', 'questions'],
      report.volume.byDay.map((row) => [row.day, String(row.questions)]),
      [false, true],
    ),
  );
  out.push('\nVolume by surface\n');
  out.push(
    table(
      ['surface', 'questions'],
      Object.entries(report.volume.bySurface).map(([surface, count]) => [surface, String(count)]),
      [false, true],
    ),
  );
  return out.join('');
}

/** `report`: reads the event log (DATA_DIR, or PostgreSQL with DATABASE_URL) and prints the gap report, as a table or (--json) as data. */
export async function reportCommand(
  io: CliIo,
  options: { since?: string; json: boolean; now?: Date },
): Promise<ExitCode> {
  const env = readCliEnv(io, commonEnvSchema);
  if (!env) return EXIT_INVALID;
  const now = options.now ?? new Date();
  const since = parseSince(options.since ?? '7d', now);
  if (!since) {
    io.stderr(`--since takes a period such as 7d, 24h or 2w, or a date such as 2026-11-01 (got "${options.since}")\n`);
    return EXIT_USAGE;
  }
  // A date is read as midnight UTC, which east of UTC can still be ahead of now on that very day.
  if (since.getTime() > now.getTime() + DAY_MS) {
    io.stderr(`--since ${options.since} is in the future: the report covers a period up to now\n`);
    return EXIT_USAGE;
  }
  let read: Awaited<ReturnType<typeof readGapReport>>;
  try {
    read = await readGapReport(env, since, now);
  } catch (error) {
    const where = env.DATABASE_URL ? 'the database (DATABASE_URL)' : displayPath(env.DATA_DIR);
    io.stderr(`Could not read the event log from ${where}: ${errorText(error)}\n`);
    return EXIT_INVALID;
  }
  const { report, skipped, empty } = read;
  for (const line of skipped) io.stderr(`warning: skipped ${displayPath(line.file)}:${line.line}: ${line.reason}\n`);
  if (options.json) {
    io.stdout(`${JSON.stringify({ ...report, skippedLines: skipped.length })}\n`);
    return EXIT_OK;
  }
  const loaded = loadKnowledgeBase(env.KNOWLEDGE_DIR);
  const questionOf = (id: string) =>
    loaded.ok ? (loaded.kb.get(id)?.question ?? '(no longer in the knowledge base)') : '';
  if (empty) {
    const where = env.DATABASE_URL ? 'the database' : displayPath(env.DATA_DIR);
    io.stderr(`No events in ${where} since ${since.toISOString().slice(0, 10)}.\n`);
  }
  io.stdout(render(report, questionOf));
  return EXIT_OK;
}
