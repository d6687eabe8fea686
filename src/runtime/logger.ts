import { type Logger, LogLevel } from '@slack/bolt';
import pino, { type DestinationStream } from 'pino';

/** Slack tokens of every kind, so one can never reach a log line even if a library prints it. */
const TOKEN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;
/** Slack user ids (U… or W…, capitals and digits): people are never named in logs, at any level. */
const USER_ID = /\b[UW](?=[A-Z0-9]*[0-9])[A-Z0-9]{6,}\b/g;
/**
 * The Web API client's debug dumps of whole requests and results carry what people typed (an Ask HR post
 * holds the question): their first words are kept, the rest never reaches a line.
 */
const LIBRARY_DUMP = /^(http request body|http request result): /;

export interface LoggerOptions {
  level: LogLevel;
  /** Exact secret values to blank out wherever they appear (the signing secret has no recognisable shape). */
  secrets?: ReadonlyArray<string | undefined>;
  /** Where the lines go (stdout unless given: tests capture them). */
  destination?: DestinationStream;
}

/**
 * Bolt's Logger over pino: one JSON object per line (time, level, name, msg and any fields). An object
 * argument becomes fields: `logger.info({ event: 'request', band: 'answer' })`; an Error becomes `error`
 * (with its stack when LOG_LEVEL is debug). Tokens and the given secrets are redacted from the finished line. Bolt, its
 * Web API client and our code share one instance, so `setName` keeps the one name.
 */
export function createLogger({
  level,
  secrets = [],
  destination = pino.destination({ dest: 1, sync: true }),
}: LoggerOptions): Logger {
  const exact = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const log = pino(
    {
      name: 'hrfaq',
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: (line) => redact(line, exact) },
    },
    destination,
  );
  const write = (at: LogLevel, messages: unknown[]) => {
    if (!log.isLevelEnabled(at)) return;
    const fields: Record<string, unknown> = {};
    const text: string[] = [];
    for (const message of messages) {
      if (message instanceof Error) {
        fields.error = message.message;
        if (message.stack && log.isLevelEnabled(LogLevel.DEBUG)) fields.stack = message.stack;
      } else if (message !== null && typeof message === 'object' && !Array.isArray(message)) {
        Object.assign(fields, message);
      } else if (typeof message === 'string') {
        const dump = LIBRARY_DUMP.exec(message);
        text.push(dump ? `${dump[1]}: [omitted]` : message);
      } else {
        text.push(JSON.stringify(message));
      }
    }
    if (text.length > 0) log[at](fields, text.join(' '));
    else log[at](fields);
  };
  return {
    debug: (...messages) => write(LogLevel.DEBUG, messages),
    info: (...messages) => write(LogLevel.INFO, messages),
    warn: (...messages) => write(LogLevel.WARN, messages),
    error: (...messages) => write(LogLevel.ERROR, messages),
    setLevel: (next) => {
      log.level = next;
    },
    getLevel: () => log.level as LogLevel,
    setName: () => undefined, // one name for the whole process; see above
  };
}

function redact(line: string, secrets: readonly string[]): string {
  // Checked with includes first: almost no line has anything to redact, and this runs on every request.
  let redacted = line.includes('xox') || line.includes('xapp-') ? line.replace(TOKEN, '[redacted]') : line;
  redacted = redacted.replace(USER_ID, '[user]');
  for (const secret of secrets) {
    if (redacted.includes(secret)) redacted = redacted.split(secret).join('[redacted]');
  }
  return redacted;
}
