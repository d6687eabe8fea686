import type { AnalyticsEvent } from './event-schema';
import { buildGapReport, type GapReport } from './gap-report';
import { readEvents } from './read-events';

/** The figures HR sees in Slack: the weekly digest, `/hrfaq stats` and the summary on App Home. */
export interface UsageSummary {
  since: string;
  until: string;
  /** Questions typed (slash command, mention, DM). */
  questions: number;
  answered: number;
  /** answered / questions, 0 when nobody asked. */
  answeredShare: number;
  didYouMean: number;
  /** Of the "Did you mean…?" cards, those that showed the start of the likeliest FAQ's answer. */
  previewed: number;
  noMatch: number;
  /** Each person's last vote per card. */
  votes: number;
  down: number;
  /** down / votes, 0 without votes. */
  downRate: number;
  askHr: number;
  /** Unanswered questions grouped by their normalised text, most asked first. */
  unanswered: Array<{ question: string; count: number }>;
  /** Questions offered "Did you mean…?" choices more often than a click followed (see GapReport). */
  unpicked: Array<{ question: string; count: number }>;
}

/** Counts the figures from events; pure. The gap report does the grouping, so both always agree. */
export function buildUsageSummary(events: readonly AnalyticsEvent[], since: Date, until: Date): UsageSummary {
  const inPeriod = events.filter((event) => {
    const time = Date.parse(event.time);
    return time >= since.getTime() && time <= until.getTime();
  });
  /** Typed questions of a kind (not button clicks), and of those only the ones `which` picks when given. */
  const typed = (kind: AnalyticsEvent['kind'], which: (event: AnalyticsEvent) => boolean = () => true) =>
    inPeriod.filter((event) => event.kind === kind && event.surface !== 'button' && which(event)).length;
  return summaryOf(buildGapReport(inPeriod, since, until), {
    answered: typed('answered'),
    didYouMean: typed('did-you-mean'),
    previewed: typed('did-you-mean', (event) => event.previewed === true),
    noMatch: typed('no-match'),
  });
}

/** The figures from the period's gap report and its typed questions (from files or SQL alike). */
export function summaryOf(
  report: GapReport,
  {
    answered,
    didYouMean,
    previewed,
    noMatch,
  }: { answered: number; didYouMean: number; previewed: number; noMatch: number },
): UsageSummary {
  const questions = answered + didYouMean + noMatch;
  const down = report.feedback.reduce((sum, faq) => sum + faq.down, 0);
  const votes = report.feedback.reduce((sum, faq) => sum + faq.up + faq.down, 0);
  return {
    since: report.since,
    until: report.until,
    questions,
    answered,
    answeredShare: questions === 0 ? 0 : answered / questions,
    didYouMean,
    previewed,
    noMatch,
    votes,
    down,
    downRate: votes === 0 ? 0 : down / votes,
    askHr: report.escalations,
    unanswered: report.unanswered.map(({ question, count }) => ({ question, count })),
    unpicked: report.unpicked.map(({ question, count }) => ({ question, count })),
  };
}

/** The figures for a period, from the event log in DATA_DIR (unreadable lines are skipped, as in the report). */
export function readUsageSummary(directory: string, since: Date, until: Date): UsageSummary {
  return buildUsageSummary(readEvents(directory, since).events, since, until);
}
