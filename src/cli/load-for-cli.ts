import { type CommonEnv, commonEnvSchema, parseEnv } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { formatProblem } from '../knowledge/problems';
import { SLACK_RENDERING } from '../runtime/slack-rendering';
import type { CliIo } from './io';

/** Reads the CLI's settings (no Slack ones), telling the user what is wrong when they are invalid. */
export function readCliEnv(io: CliIo): CommonEnv | undefined {
  const parsed = parseEnv(commonEnvSchema, io.env);
  if (parsed.ok) return parsed.env;
  io.stderr(`Configuration problems:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  return undefined;
}

/**
 * Reads the CLI's settings and the knowledge base, telling the user what is wrong when either fails. With
 * `render`, every answer is converted to Slack mrkdwn at load and one too slow to convert is a problem
 * (validate); otherwise an answer is converted when it is shown.
 */
export function loadForCli(
  io: CliIo,
  directoryOverride?: string,
  { render = false }: { render?: boolean } = {},
): { env: CommonEnv; kb: KnowledgeBase } | undefined {
  const env = readCliEnv(io);
  if (!env) return undefined;
  const directory = directoryOverride ?? env.KNOWLEDGE_DIR;
  const loaded = loadKnowledgeBase(directory, render ? SLACK_RENDERING : {});
  if (!loaded.ok) {
    io.stderr(
      `The knowledge base has ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}:\n` +
        `${loaded.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}\n`,
    );
    return undefined;
  }
  return { env, kb: loaded.kb };
}
