import { type AppEnv, appEnvSchema, parseEnv } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { servable } from '../knowledge/markers';
import { formatProblem } from '../knowledge/problems';
import { errorCode, errorText } from './error-details';

const TRY_LOCALLY = 'To try the bot without Slack: npm run ask -- "your question"   or   npm run chat';

/** Start-up refusals: a message for the operator and a non-zero exit, never a stack trace. */
export class StartupError extends Error {}

export function readAppEnv(source: NodeJS.ProcessEnv): AppEnv {
  const parsed = parseEnv(appEnvSchema, source);
  if (parsed.ok) return parsed.env;
  throw new StartupError(
    [
      "hrfaq can't start: some settings are missing or invalid.",
      ...parsed.problems.map((problem) => `  - ${problem}`),
      '',
      'Put them in .env (start from .env.example); see "Connect to Slack" in README.md.',
      TRY_LOCALLY,
    ].join('\n'),
  );
}

/** The knowledge base the bot starts with, and why its parsed FAQs could not be saved, if they could not. */
export interface StartingKnowledge {
  kb: KnowledgeBase;
  cacheProblem?: string;
}

/**
 * Loads the knowledge base the bot starts with. Answers are converted to Slack mrkdwn afterwards, in the
 * background (render-answers.ts), so start-up doesn't wait for thousands of conversions. With a folder
 * (INDEX_DIR), files unchanged since a previous start are not parsed again (parsed-cache.ts).
 */
export function readKnowledge(directory: string, parsedCache?: string): StartingKnowledge {
  // (the starter's "[Fill in: …]" markers are problems here: they would reach employees as written)
  const loaded = servable(loadKnowledgeBase(directory, { parsedCache }));
  if (loaded.ok) return { kb: loaded.kb, cacheProblem: loaded.cacheProblem };
  throw new StartupError(
    [
      `hrfaq won't start with a knowledge base that has problems (${loaded.problems.length}):`,
      ...loaded.problems.map((problem) => `  ${formatProblem(problem)}`),
      '',
      'Fix them and run npm run validate to check.',
    ].join('\n'),
  );
}

/** Bolt's auth.test failing means the token is wrong or Slack is unreachable; say which, plainly. */
export function describeInitError(error: unknown): StartupError {
  const code = errorCode(error);
  const reason =
    code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked'
      ? `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token again from your app's "OAuth & Permissions" page.`
      : `Could not reach Slack to check SLACK_BOT_TOKEN (${errorText(error)}). Check that this machine can reach ` +
        "Slack's Web API (https://slack.com/api/, or SLACK_API_URL if you set it): network, firewall or proxy.";
  return new StartupError(`hrfaq can't start: ${reason}\n${TRY_LOCALLY}`);
}
