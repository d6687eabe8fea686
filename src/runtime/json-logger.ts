import { type Logger, LogLevel } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/** Slack tokens of every kind, so one can never reach a log line even if a library prints it. */
const TOKEN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;

export interface JsonLoggerOptions {
  level: LogLevel;
  /** Exact secret values to blank out wherever they appear (the signing secret has no recognisable shape). */
  secrets?: ReadonlyArray<string | undefined>;
  write?: (line: string) => void;
  name?: string;
}

/**
 * Bolt's Logger as one JSON object per line (time, level, name, msg and any fields), for log pipelines.
 * An object argument becomes fields: `logger.info({ event: 'handled', band: 'answer' })`. Tokens and the
 * given secrets are redacted. Bolt, its Web API client and our code share one instance, so `setName` keeps
 * the one name rather than letting a library rename the whole process.
 */
export class JsonLogger implements Logger {
  private level: LogLevel;
  private readonly secrets: string[];
  private readonly write: (line: string) => void;
  private readonly name: string;

  constructor({
    level,
    secrets = [],
    write = (line) => process.stdout.write(line),
    name = 'hrfaq',
  }: JsonLoggerOptions) {
    this.level = level;
    this.secrets = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
    this.write = write;
    this.name = name;
  }

  debug(...messages: unknown[]): void {
    this.log(LogLevel.DEBUG, messages);
  }

  info(...messages: unknown[]): void {
    this.log(LogLevel.INFO, messages);
  }

  warn(...messages: unknown[]): void {
    this.log(LogLevel.WARN, messages);
  }

  error(...messages: unknown[]): void {
    this.log(LogLevel.ERROR, messages);
  }

  setLevel(level: LogLevel): void {
    this.level = level;
  }

  getLevel(): LogLevel {
    return this.level;
  }

  setName(_name: string): void {
    // One name for the whole process; see the class comment.
  }

  isLevelEnabled(level: LogLevel): boolean {
    return ORDER[level] >= ORDER[this.level];
  }

  private log(level: LogLevel, messages: unknown[]): void {
    if (!this.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const text: string[] = [];
    for (const message of messages) {
      if (message instanceof Error) {
        fields.error = message.message;
        if (level === LogLevel.DEBUG && message.stack) fields.stack = message.stack;
      } else if (message !== null && typeof message === 'object' && !Array.isArray(message)) {
        Object.assign(fields, message);
      } else {
        text.push(typeof message === 'string' ? message : JSON.stringify(message));
      }
    }
    const entry = {
      time: new Date().toISOString(),
      level,
      name: this.name,
      ...(text.length > 0 ? { msg: text.join(' ') } : {}),
      ...fields,
    };
    this.write(`${this.redact(safeStringify(entry))}\n`);
  }

  private redact(line: string): string {
    // Checked with includes first: almost no line has anything to redact, and this runs on every request.
    let redacted = line.includes('xox') || line.includes('xapp-') ? line.replace(TOKEN, '[redacted]') : line;
    for (const secret of this.secrets) {
      if (redacted.includes(secret)) redacted = redacted.split(secret).join('[redacted]');
    }
    return redacted;
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, field) => (typeof field === 'bigint' ? field.toString() : field));
  } catch {
    return JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'unserialisable log entry' });
  }
}
