import type { z } from 'zod';
import { parseEnv } from '../config/env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { formatProblem } from '../knowledge/problems';
import { SLACK_RENDERING } from '../runtime/slack-rendering';
import type { CliIo } from './io';

/**
 * Reads the settings a command needs (`commonEnvSchema`: all but Slack's; `knowledgeEnvSchema`: the
 * knowledge folder only), telling the user what is wrong when they are invalid.
 */
export function readCliEnv<T extends z.ZodType>(io: CliIo, schema: T): z.infer<T> | undefined {
  const parsed = parseEnv(schema, io.env);
  if (parsed.ok) return parsed.env;
  io.stderr(`Configuration problems:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  return undefined;
}

/**
 * Reads the CLI's settings and the knowledge base, telling the user what is wrong when either fails. With
 * `render`, every answer is converted to Slack mrkdwn at load and one too slow to convert is a problem
 * (validate); otherwise an answer is converted when it is shown.
 */
export function loadForCli<T extends z.ZodType<{ KNOWLEDGE_DIR: string }>>(
  io: CliIo,
  schema: T,
  directoryOverride?: string,
  { render = false }: { render?: boolean } = {},
): { env: z.infer<T>; kb: KnowledgeBase } | undefined {
  const env = readCliEnv(io, schema);
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
