import type { Pool } from 'pg';
import type { QuestionSource } from '../../analytics/event-schema';
import { assembleGapReport, type GapCounts, type GapReport } from '../../analytics/gap-report';
import { summaryOf, type UsageSummary } from '../../analytics/usage-summary';

/** The report's "question" events, as `isQuestion` in gap-report.ts counts them. */
const IS_QUESTION = `(kind IN ('asked', 'answered') OR (kind IN ('no-match', 'did-you-mean') AND surface <> 'button'))`;

const UNANSWERED = `SELECT (array_agg(question ORDER BY time DESC, id DESC))[1] AS question, count(*)::int AS count,
    max(time) AS last_seen
  FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND kind = 'no-match' AND question <> '' GROUP BY question_key`;

const PICKS = `SELECT (array_agg(question ORDER BY time DESC, id DESC))[1] AS question, faq, count(*)::int AS count
  FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND kind = 'did-you-mean' AND surface = 'button' AND question <> '' AND faq <> ''
  GROUP BY question_key, faq`;

/** A typed question offered choices without a preview of the likeliest answer (which needs no click to read). */
const TYPED_OFFER = `surface <> 'button' AND previewed IS NOT TRUE`;

/**
 * Per question: how often it was typed and offered choices, and how often a click followed (a choice, or
 * "None of these", recorded as a no-match from a button).
 */
const OFFERED = `SELECT (array_agg(question ORDER BY time DESC, id DESC) FILTER (WHERE ${TYPED_OFFER}))[1] AS question,
    (count(*) FILTER (WHERE ${TYPED_OFFER}))::int AS count,
    (count(*) FILTER (WHERE surface = 'button' AND (kind = 'no-match' OR faq <> '')))::int AS picked,
    max(time) FILTER (WHERE ${TYPED_OFFER}) AS last_seen
  FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND question <> ''
    AND (kind = 'did-you-mean' OR (kind = 'no-match' AND surface = 'button'))
  GROUP BY question_key`;

/** Each person's last vote per card (DISTINCT ON keeps the latest); a vote without user or card counts alone. */
const VOTES = `SELECT faq, count(*) FILTER (WHERE vote = 'up')::int AS up, count(*) FILTER (WHERE vote = 'down')::int AS down
  FROM (
    SELECT DISTINCT ON (voter, card_key, faq) faq, vote FROM (
      SELECT id, time, faq, vote,
        CASE WHEN user_hash <> '' AND card <> '' THEN user_hash ELSE 'anonymous-' || id END AS voter,
        CASE WHEN user_hash <> '' AND card <> '' THEN card ELSE '' END AS card_key
      FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND kind = 'feedback' AND faq <> '' AND vote IS NOT NULL
    ) AS votes ORDER BY voter, card_key, faq, time DESC, id DESC
  ) AS last_votes GROUP BY faq`;

const VOLUME = `SELECT to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, surface, count(*)::int AS count
  FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND ${IS_QUESTION} GROUP BY 1, 2`;

const ESCALATIONS = `SELECT count(*)::int AS count FROM events WHERE time >= $1 AND ($2::timestamptz IS NULL OR time <= $2) AND kind = 'escalated'`;

/**
 * The gap report counted by PostgreSQL: seven aggregate queries whose results are a few rows per question
 * or FAQ, never the events themselves; then sorted exactly as the file store's report.
 */
export async function pgGapReport(pool: Pool, since: Date, until: Date, { bounded = false } = {}): Promise<GapReport> {
  // The report counts everything since `since` (as the file report does); the summary stops at `until`.
  const period = [since, bounded ? until : null];
  const [unanswered, picks, offered, votes, volume, escalations] = await Promise.all([
    pool.query<{ question: string; count: number; last_seen: Date }>(UNANSWERED, period),
    pool.query<{ question: string; faq: string; count: number }>(PICKS, period),
    pool.query<{ question: string | null; count: number; picked: number; last_seen: Date | null }>(OFFERED, period),
    pool.query<{ faq: string; up: number; down: number }>(VOTES, period),
    pool.query<{ day: string; surface: QuestionSource; count: number }>(VOLUME, period),
    pool.query<{ count: number }>(ESCALATIONS, period),
  ]);
  const byDay = new Map<string, number>();
  const bySurface: Record<QuestionSource, number> = { command: 0, mention: 0, dm: 0, button: 0 };
  for (const { day, surface, count } of volume.rows) {
    byDay.set(day, (byDay.get(day) ?? 0) + count);
    if (surface in bySurface) bySurface[surface] += count;
  }
  const counts: GapCounts = {
    unanswered: unanswered.rows.map((row) => ({
      question: row.question,
      count: row.count,
      lastSeen: row.last_seen.toISOString(),
    })),
    picks: picks.rows.map(({ question, faq, count }) => ({ question, faq, count })),
    // (a question only ever picked from, never typed in this period, has no typed wording: nothing unpicked)
    offered: offered.rows.flatMap(({ question, count, picked, last_seen }) =>
      question === null || last_seen === null ? [] : [{ question, count, picked, lastSeen: last_seen.toISOString() }],
    ),
    votes: votes.rows.map(({ faq, up, down }) => ({ faq, up, down })),
    escalations: escalations.rows[0]?.count ?? 0,
    byDay: [...byDay.entries()].map(([day, questions]) => ({ day, questions })),
    bySurface,
  };
  return assembleGapReport(counts, since, until);
}

const TYPED = `SELECT kind, count(*)::int AS count, (count(*) FILTER (WHERE previewed))::int AS previewed FROM events
  WHERE time >= $1 AND time <= $2 AND surface <> 'button' AND kind IN ('answered', 'did-you-mean', 'no-match')
  GROUP BY kind`;

/** HR's figures for a period, counted by PostgreSQL: the same as `buildUsageSummary` over the same events. */
export async function pgUsageSummary(pool: Pool, since: Date, until: Date): Promise<UsageSummary> {
  const [report, typed] = await Promise.all([
    pgGapReport(pool, since, until, { bounded: true }),
    pool.query<{ kind: string; count: number; previewed: number }>(TYPED, [since, until]),
  ]);
  const row = (kind: string) => typed.rows.find((candidate) => candidate.kind === kind);
  return summaryOf(report, {
    answered: row('answered')?.count ?? 0,
    didYouMean: row('did-you-mean')?.count ?? 0,
    previewed: row('did-you-mean')?.previewed ?? 0,
    noMatch: row('no-match')?.count ?? 0,
  });
}

const POPULAR = `SELECT faq, to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS count
  FROM events WHERE time >= $1 AND time < $2 AND kind = 'answered' AND faq <> '' GROUP BY 1, 2`;

/** Answers per FAQ and day (UTC) in [since, before): what "Questions people often ask" is seeded with. */
export async function pgAnsweredByDay(
  pool: Pool,
  since: Date,
  before: Date,
): Promise<Array<{ faq: string; time: string; count: number }>> {
  const { rows } = await pool.query<{ faq: string; day: string; count: number }>(POPULAR, [since, before]);
  return rows.map(({ faq, day, count }) => ({ faq, time: `${day}T12:00:00.000Z`, count }));
}
