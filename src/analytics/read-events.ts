import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnalyticsEvent, analyticsEventSchema } from './event-schema';

export interface ReadResult {
  events: AnalyticsEvent[];
  /** One entry per line that could not be read: a torn write, a hand edit, anything. */
  skipped: Array<{ file: string; line: number; reason: string }>;
}

const FILE = /^events-(\d{4}-\d{2}-\d{2})\.jsonl$/;

/**
 * Reads the event log from `since` on. A torn or corrupt line is skipped and reported; every other line,
 * including the rest of the same file, is kept.
 */
export function readEvents(directory: string, since: Date): ReadResult {
  const result: ReadResult = { events: [], skipped: [] };
  let files: string[];
  try {
    files = readdirSync(directory)
      .filter((name) => FILE.test(name))
      .sort();
  } catch {
    return result; // no log yet
  }
  const firstDay = since.toISOString().slice(0, 10);
  for (const name of files) {
    const day = FILE.exec(name)?.[1] ?? '';
    if (day < firstDay) continue;
    const file = path.join(directory, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        result.skipped.push({ file, line: index + 1, reason: 'not valid JSON (a torn or partial write?)' });
        return;
      }
      const parsed = analyticsEventSchema.safeParse(data);
      if (!parsed.success) {
        result.skipped.push({
          file,
          line: index + 1,
          reason: `not an hrfaq event (${parsed.error.issues[0]?.path.join('.') || 'shape'})`,
        });
        return;
      }
      if (new Date(parsed.data.time) >= since) result.events.push(parsed.data);
    });
  }
  return result;
}
