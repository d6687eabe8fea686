import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../src/runtime/logger';

/** A logger as the bot makes it, whose lines are kept, parsed, for the test to read. */
export function captureLogs(level: LogLevel = LogLevel.INFO): {
  logger: ReturnType<typeof createLogger>;
  lines: Array<Record<string, unknown>>;
  /** The lines of one event, in order. */
  events(event: string): Array<Record<string, unknown>>;
} {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level, destination: { write: (line) => lines.push(JSON.parse(line)) } });
  return { logger, lines, events: (event) => lines.filter((line) => line.event === event) };
}
