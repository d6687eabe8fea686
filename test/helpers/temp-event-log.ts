import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { EventLog } from '../../src/analytics/event-log';
import { readEvents } from '../../src/analytics/read-events';
import { createLogger } from '../../src/runtime/logger';

/** An event log in a temporary folder for one test file, removed afterwards. */
export function useTempEventLog(prefix: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `hrfaq-${prefix}-`));
  const events = new EventLog(
    dataDir,
    createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } }),
    'a-salt-for-the-tests',
  );
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    dataDir,
    events,
    /** Everything logged so far, once it is on disk. */
    read: async () => {
      await events.flush();
      return readEvents(dataDir, new Date(0)).events;
    },
  };
}
