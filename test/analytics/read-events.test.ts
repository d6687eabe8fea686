import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEvents } from '../../src/analytics/read-events';
import { tempFolderEach } from '../helpers/temp-folder';

const line = (time: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ time, kind: 'answered', surface: 'dm', ...extra });

describe('readEvents', () => {
  let directory: string;
  tempFolderEach('read', (folder) => {
    directory = folder;
  });

  it('returns nothing when there is no log yet', () => {
    expect(readEvents(path.join(directory, 'missing'), new Date(0))).toEqual({ events: [], skipped: [] });
  });

  it('skips a torn or corrupt line with its place, and keeps every other line', () => {
    writeFileSync(
      path.join(directory, 'events-2026-11-20.jsonl'),
      [
        line('2026-11-20T09:00:00.000Z'),
        '{"time":"2026-11-20T09:01:00.000Z","kind":"answ', // torn mid-write
        line('2026-11-20T09:02:00.000Z'),
        '{"not":"an event"}',
        '',
        line('2026-11-20T09:03:00.000Z', { kind: 'no-match', question: 'payday' }),
        '{"time":"2026-11-20T09:04:00.000Z","kind":"answered","surf', // torn last line, no newline
      ].join('\n'),
    );
    const { events, skipped } = readEvents(directory, new Date(0));
    expect(events.map((event) => event.time)).toEqual([
      '2026-11-20T09:00:00.000Z',
      '2026-11-20T09:02:00.000Z',
      '2026-11-20T09:03:00.000Z',
    ]);
    expect(skipped.map(({ line: number, reason }) => [number, reason])).toEqual([
      [2, expect.stringMatching(/not valid JSON/)],
      [4, expect.stringMatching(/not an hrfaq event/)],
      [7, expect.stringMatching(/not valid JSON/)],
    ]);
  });

  it('reads only days and events from `since` on, and ignores other files', () => {
    writeFileSync(path.join(directory, 'events-2026-11-01.jsonl'), `${line('2026-11-01T10:00:00.000Z')}\n`);
    writeFileSync(
      path.join(directory, 'events-2026-11-20.jsonl'),
      `${line('2026-11-20T08:00:00.000Z')}\n${line('2026-11-20T12:00:00.000Z')}\n`,
    );
    writeFileSync(path.join(directory, 'notes.txt'), 'not a log');
    const { events } = readEvents(directory, new Date('2026-11-20T10:00:00.000Z'));
    expect(events.map((event) => event.time)).toEqual(['2026-11-20T12:00:00.000Z']);
  });
});
