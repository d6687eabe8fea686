import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, DEFAULT_KNOWLEDGE_DIR } from './paths';

/** Why a shared store refuses to start without ANALYTICS_SALT. */
export const SALT_REQUIRED =
  'is required with DATABASE_URL: every replica must hash user ids with the same salt (16+ random characters)';

/** `FOO=` in a .env file means "not set", as it does for most tools. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A whole number in [min, max], from a setting's text. */
const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: what })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.core.util.NoUndefined<z.output<T>>) =>
  z.preprocess(blankToUndefined, schema.default(fallback));

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Settings the CLI needs too; none of them is secret. */
export const commonEnvSchema = z.object({
  KNOWLEDGE_DIR: withDefault(z.string({ error: 'must be a folder path' }), DEFAULT_KNOWLEDGE_DIR),
  LOG_LEVEL: withDefault(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
    'info',
  ),
  DATA_DIR: withDefault(z.string({ error: 'must be a folder path' }), DEFAULT_DATA_DIR),
  ANALYTICS: withDefault(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' })),
    'on',
  ),
  ANALYTICS_SALT: optional(z.string().min(16, { error: 'must be at least 16 characters' })),
  /** PostgreSQL for several replicas or Lambda; unset keeps everything in DATA_DIR and memory. */
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/./, {
      error: 'must be a PostgreSQL URL such as postgres://user:pass@host:5432/hrfaq',
    }),
  ),
  /** Events older than this many days are deleted. */
  RETENTION_DAYS: withDefault(wholeNumber('must be a number of days', 1, 36_500), 365),
  HR_CHANNEL_ID: optional(
    z.string().regex(/^[CG][A-Z0-9]{6,}$/, { error: 'must be a channel id such as C0123ABCD (not a #name)' }),
  ),
  /** Learned phrasings and demotions from people's picks and votes (learning/). */
  LEARNING: withDefault(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' })),
    'on',
  ),
  /** How many different people must agree before the bot learns; one person can never teach it alone. */
  LEARN_MIN_PEOPLE: withDefault(wholeNumber('must be a number of people', 2, 100), 3),
});

/**
 * What the knowledge commands (validate, import, export) need: the folder alone. HR can check and edit
 * FAQs while a Slack setting in the same .env still waits for the engineer to fix it.
 */
export const knowledgeEnvSchema = commonEnvSchema.pick({ KNOWLEDGE_DIR: true });

/** What `ask` and `chat` need to show a card as Slack would: the folder, and whether cards offer Ask HR. */
export const cardEnvSchema = commonEnvSchema.pick({ KNOWLEDGE_DIR: true, HR_CHANNEL_ID: true });

/** Everything the Slack app reads from the environment, checked once at start-up. */
export const appEnvSchema = commonEnvSchema
  .extend({
    // (an empty value, as in a copied .env.example, is not set: "must start with xoxb-" would mislead)
    SLACK_BOT_TOKEN: z.preprocess(
      blankToUndefined,
      z
        .string({
          error: 'is not set; copy the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page',
        })
        .regex(/^xoxb-/, { error: 'must be a bot token starting with xoxb-' }),
    ),
    SLACK_SIGNING_SECRET: optional(
      z.string().regex(/^[0-9a-f]{16,}$/i, { error: 'must be the hex signing secret from "Basic Information"' }),
    ),
    SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, { error: 'must be an app-level token starting with xapp-' })),
    PORT: withDefault(wholeNumber('must be a port number', 0, 65535), 3000),
    /** How long a shutdown may take to finish what was acknowledged (systemd gives 90 s, Kubernetes 30 s). */
    SHUTDOWN_DEADLINE_MS: withDefault(wholeNumber('must be a number of milliseconds', 1000, 120_000), 10_000),
    /** Slack user ids of the HR people who see `/hrfaq stats`, the summary on App Home, and may Keep or Undo. */
    HR_ADMINS: withDefault(
      z
        .string()
        .transform((value) =>
          value
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== ''),
        )
        .pipe(
          z.array(
            z.string().regex(/^[UW][A-Z0-9]{2,}$/, {
              error: (issue) =>
                `must be Slack user ids such as U0123ABCD, comma-separated: "${String(issue.input)}" is not one`,
            }),
          ),
        ),
      [],
    ),
    /** When the weekly digest goes to HR_CHANNEL_ID (croner syntax), read in TZ. */
    DIGEST_CRON: withDefault(
      z.string().refine(isCronPattern, { error: 'must be a cron pattern such as "0 9 * * 1" (Mondays at 09:00)' }),
      '0 9 * * 1',
    ),
    TZ: optional(z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/London' })),
    /**
     * Where the matcher's index is saved, so a restart with the same knowledge base reads it instead of
     * analysing every FAQ again (matching/index-cache.ts); `off` saves none. Unset: DATA_DIR/index.
     */
    INDEX_DIR: optional(z.string({ error: 'must be a folder path, or "off"' })),
    SLACK_API_URL: optional(
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
        .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    ),
  })
  // Checked even when other variables are wrong, so one run names every problem.
  .refine((env) => hasText(env?.SLACK_APP_TOKEN) || hasText(env?.SLACK_SIGNING_SECRET), {
    path: ['SLACK_SIGNING_SECRET'],
    message: 'is not set; HTTP mode needs it (or set SLACK_APP_TOKEN to use Socket Mode)',
    when: () => true,
  })
  // The salt must be the same on every replica, so a shared store never makes its own.
  .refine((env) => !hasText(env?.DATABASE_URL) || hasText(env?.ANALYTICS_SALT), {
    path: ['ANALYTICS_SALT'],
    message: SALT_REQUIRED,
    when: () => true,
  });

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

export type CommonEnv = z.infer<typeof commonEnvSchema>;
export type AppEnv = z.infer<typeof appEnvSchema>;

export type EnvResult<T> = { ok: true; env: T } | { ok: false; problems: string[] };

/** Parses the environment; on failure names every missing or invalid variable, without echoing values. */
export function parseEnv<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): EnvResult<z.infer<T>> {
  const result = schema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => {
    // The variable, not a place inside its parsed value ("HR_ADMINS", not "HR_ADMINS.0").
    const name = issue.path[0] === undefined ? 'environment' : String(issue.path[0]);
    return `${name} ${issue.message}`;
  });
  return { ok: false, problems };
}

/** The folder the matcher's index is saved in, or undefined when INDEX_DIR is `off`. */
export function indexDirOf(env: Pick<AppEnv, 'INDEX_DIR' | 'DATA_DIR'>): string | undefined {
  if (env.INDEX_DIR?.toLowerCase() === 'off') return undefined;
  return env.INDEX_DIR ?? path.join(env.DATA_DIR, 'index');
}
