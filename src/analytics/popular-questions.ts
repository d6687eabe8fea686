import type { EventRecorder } from './event-log';
import type { AnalyticsEvent } from './event-schema';
import { readEvents } from './read-events';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which FAQs people actually asked for over the last `days` days: every `answered` event counts its FAQ.
 * Seeded from the event log at start-up and kept current from the events the bot records, so cards can
 * offer "Questions people often ask" without reading the log on any request.
 */
export class PopularQuestions {
  /** Per FAQ id, how many answers on each day (by day number since the epoch). */
  private readonly counts = new Map<string, Map<number, number>>();

  constructor(
    private readonly days = 30,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts past events, e.g. the log's last `days` days. */
  seed(events: Iterable<Pick<AnalyticsEvent, 'kind' | 'faq' | 'time'>>): this {
    for (const event of events) this.count(event.kind, event.faq, Date.parse(event.time));
    return this;
  }

  /** Counts answers already tallied per FAQ and time (e.g. per day, by PostgreSQL). */
  seedCounts(counts: Iterable<{ faq: string; time: string; count: number }>): this {
    for (const { faq, time, count } of counts) this.count('answered', faq, Date.parse(time), count);
    return this;
  }

  /** Wraps an event recorder so that each event it records is counted too. */
  observe(recorder: EventRecorder): EventRecorder {
    return {
      record: (event) => {
        this.count(event.kind, event.faq, this.now());
        recorder.record(event);
      },
      flush: () => recorder.flush(),
      get pending() {
        return recorder.pending;
      },
    };
  }

  /** FAQ ids, most asked first (ties by id), over the last `days` days; empty when nobody asked yet. */
  ranked(limit: number): string[] {
    const firstDay = Math.floor((this.now() - this.days * DAY_MS) / DAY_MS);
    const totals: Array<[string, number]> = [];
    for (const [faq, byDay] of this.counts) {
      let total = 0;
      for (const [day, count] of byDay) {
        if (day >= firstDay) total += count;
        else byDay.delete(day);
      }
      if (total > 0) totals.push([faq, total]);
    }
    return totals
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([faq]) => faq);
  }

  private count(kind: AnalyticsEvent['kind'], faq: string | undefined, time: number, times = 1): void {
    if (kind !== 'answered' || faq === undefined || Number.isNaN(time)) return;
    const day = Math.floor(time / DAY_MS);
    const byDay = this.counts.get(faq) ?? new Map<number, number>();
    byDay.set(day, (byDay.get(day) ?? 0) + times);
    this.counts.set(faq, byDay);
  }
}

export const POPULAR_DAYS = 30;

/** Popular questions from the event log in `directory`, counting from `days` days ago. */
export function popularFromLog(directory: string, days = 30): PopularQuestions {
  const popular = new PopularQuestions(days);
  return popular.seed(readEvents(directory, new Date(Date.now() - days * DAY_MS)).events);
}
