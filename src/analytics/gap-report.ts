import { normalize } from '../matching/normalize';
import type { AnalyticsEvent, QuestionSource } from './event-schema';

export interface GapReport {
  since: string;
  until: string;
  /** Questions nobody could answer, most frequent first, grouped by their normalised text. */
  unanswered: Array<{ question: string; count: number; lastSeen: string }>;
  /** FAQs by share of 👎 (each person's last vote per card counts once). */
  feedback: Array<{ faq: string; up: number; down: number; downRate: number }>;
  /** "People who asked X picked FAQ Y": candidates for new alternates. */
  suggestedAlternates: Array<{ question: string; faq: string; count: number }>;
  /**
   * Questions offered "Did you mean…?" choices (without a preview of the likeliest answer) more often than a
   * click followed (a choice, or "None of these"), most such first: the choices missed, or the answer is not
   * in the FAQ. `count` is how many times more.
   */
  unpicked: Array<{ question: string; count: number; lastSeen: string }>;
  escalations: number;
  volume: { byDay: Array<{ day: string; questions: number }>; bySurface: Record<QuestionSource, number> };
}

/** A question event: typed and answered or not, or an FAQ opened by a button. */
function isQuestion(event: AnalyticsEvent): boolean {
  if (event.kind === 'asked' || event.kind === 'answered') return true;
  return (event.kind === 'no-match' || event.kind === 'did-you-mean') && event.surface !== 'button';
}

/** What both stores count, before sorting: in Node for the file log, in SQL for PostgreSQL. */
export interface GapCounts {
  unanswered: Array<{ question: string; count: number; lastSeen: string }>;
  picks: Array<{ question: string; faq: string; count: number }>;
  /**
   * Typed questions answered "Did you mean…?", and how many of them a click followed (a choice, or "None of
   * these", which counts among the unanswered), by question.
   */
  offered: Array<{ question: string; count: number; picked: number; lastSeen: string }>;
  /** Votes per FAQ, each person's last vote per card counted once. */
  votes: Array<{ faq: string; up: number; down: number }>;
  escalations: number;
  byDay: Array<{ day: string; questions: number }>;
  bySurface: Record<QuestionSource, number>;
}

/** The grouping key of a question: its normalised text, so "PTO?" and "pto" count together. */
export function questionKey(question: string): string {
  return normalize(question) || question;
}

/** Turns the event log into the knowledge-gap report for HR. Pure: the CLI reads, this counts. */
export function buildGapReport(events: readonly AnalyticsEvent[], since: Date, until: Date): GapReport {
  return assembleGapReport(countEvents(events), since, until);
}

/** The counts behind the report, from events in memory (the file store). */
export function countEvents(events: readonly AnalyticsEvent[]): GapCounts {
  const unanswered = new Map<string, { question: string; count: number; lastSeen: string }>();
  const picks = new Map<string, { question: string; faq: string; count: number }>();
  const offered = new Map<string, { question: string; count: number; picked: number; lastSeen: string }>();
  const votes = new Map<string, { faq: string; vote: 'up' | 'down'; time: string }>();
  const byDay = new Map<string, number>();
  const bySurface: Record<QuestionSource, number> = { command: 0, mention: 0, dm: 0, button: 0 };
  let escalations = 0;
  let anonymousVotes = 0;

  for (const event of [...events].sort((a, b) => a.time.localeCompare(b.time))) {
    if (isQuestion(event)) {
      const day = event.time.slice(0, 10);
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      bySurface[event.surface] += 1;
    }
    if (event.kind === 'no-match' && event.question) {
      const key = questionKey(event.question);
      const entry = unanswered.get(key) ?? { question: event.question, count: 0, lastSeen: event.time };
      entry.count += 1;
      entry.question = event.question;
      entry.lastSeen = event.time;
      unanswered.set(key, entry);
    }
    const offeredOrAnswered =
      event.kind === 'did-you-mean' || (event.kind === 'no-match' && event.surface === 'button');
    if (offeredOrAnswered && event.question) {
      const key = questionKey(event.question);
      const entry = offered.get(key) ?? { question: event.question, count: 0, picked: 0, lastSeen: event.time };
      if (event.surface === 'button') {
        if (event.faq || event.kind === 'no-match') entry.picked += 1;
      } else if (!event.previewed) {
        // (a card that previewed its likeliest FAQ showed the start of an answer: reading it needs no click)
        entry.count += 1;
        entry.question = event.question;
        entry.lastSeen = event.time;
      }
      offered.set(key, entry);
    }
    if (event.kind === 'did-you-mean' && event.surface === 'button' && event.question && event.faq) {
      const key = `${questionKey(event.question)}\u0000${event.faq}`;
      const entry = picks.get(key) ?? { question: event.question, faq: event.faq, count: 0 };
      entry.count += 1;
      entry.question = event.question; // show the latest wording, as for unanswered questions
      picks.set(key, entry);
    }
    if (event.kind === 'feedback' && event.faq && event.vote) {
      // The latest vote of one person on one card replaces their earlier one.
      const key =
        event.user && event.card
          ? `${event.user}\u0000${event.card}\u0000${event.faq}`
          : `anonymous-${anonymousVotes++}`;
      votes.set(key, { faq: event.faq, vote: event.vote, time: event.time });
    }
    if (event.kind === 'escalated') escalations += 1;
  }

  const perFaq = new Map<string, { faq: string; up: number; down: number }>();
  for (const { faq, vote } of votes.values()) {
    const entry = perFaq.get(faq) ?? { faq, up: 0, down: 0 };
    entry[vote] += 1;
    perFaq.set(faq, entry);
  }
  return {
    unanswered: [...unanswered.values()],
    picks: [...picks.values()],
    offered: [...offered.values()],
    votes: [...perFaq.values()],
    escalations,
    byDay: [...byDay.entries()].map(([day, questions]) => ({ day, questions })),
    bySurface,
  };
}

/** Sorts and rounds the counts into the report, the same way whichever store counted them. */
export function assembleGapReport(counts: GapCounts, since: Date, until: Date): GapReport {
  return {
    since: since.toISOString(),
    until: until.toISOString(),
    unanswered: [...counts.unanswered].sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen)),
    feedback: counts.votes
      .map((entry) => ({ ...entry, downRate: round(entry.down / (entry.up + entry.down)) }))
      .sort((a, b) => b.downRate - a.downRate || b.down - a.down || a.faq.localeCompare(b.faq)),
    suggestedAlternates: [...counts.picks].sort((a, b) => b.count - a.count || a.faq.localeCompare(b.faq)),
    unpicked: counts.offered
      .filter(({ count, picked }) => count > picked)
      .map(({ question, count, picked, lastSeen }) => ({ question, count: count - picked, lastSeen }))
      .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen)),
    escalations: counts.escalations,
    volume: {
      byDay: [...counts.byDay].sort((a, b) => a.day.localeCompare(b.day)),
      bySurface: counts.bySurface,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
