import { blockKitBuilderUrl } from '../../blocks/block-kit-builder';
import { cardEnvSchema } from '../../config/env';
import type { ScoredFaq } from '../../matching/matcher';
import { Matcher } from '../../matching/matcher';
import { type CardVisibility, HrFaqService, type Reply, serviceOptionsFor } from '../../service/hrfaq-service';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';
import { renderForTerminal } from '../render-terminal';

export const ASK_USAGE =
  'ask [--json | --preview] [--dir <folder>] ["question"]   answer a question (no question: one per line from stdin); --preview prints a Block Kit Builder link to the card';

/**
 * One line of `ask --json`: a contract other tools rely on, so its shape never changes silently. `help` and
 * `list` get the same cards as `/hrfaq help` and `/hrfaq list`, reported as no match (nothing was matched).
 */
export function toJsonLine(query: string, reply: Reply): string {
  const brief = ({ faq, score }: ScoredFaq) => ({ id: faq.id, question: faq.question, score });
  const result = reply.kind === 'answer' ? reply.result : undefined;
  return JSON.stringify({
    query,
    band: result?.band ?? 'no-match',
    match: result?.band === 'answer' && result.match ? brief(result.match) : null,
    suggestions: result?.suggestions.map(brief) ?? [],
    likely: result?.likely ?? false,
    message: { text: reply.message.text, blocks: reply.message.blocks },
  });
}

/** The slash-command surface: what `/hrfaq <question>` would reply. */
const SLASH_COMMAND: CardVisibility = { ephemeral: true };

export function createService(matcher: Matcher, env: { HR_CHANNEL_ID?: string }): HrFaqService {
  return new HrFaqService(matcher, serviceOptionsFor(env));
}

export async function askCommand(
  io: CliIo,
  options: { json: boolean; preview?: boolean; dir?: string },
  questions: string[],
): Promise<ExitCode> {
  if (options.json && options.preview) {
    io.stderr(`Choose --json or --preview, not both.\nUsage: hrfaq ${ASK_USAGE}\n`);
    return EXIT_USAGE;
  }
  const loaded = loadForCli(io, cardEnvSchema, options.dir);
  if (!loaded) return EXIT_INVALID;
  const service = createService(new Matcher(loaded.kb), loaded.env);
  const answerOne = (question: string) => {
    const reply = service.reply(question, SLASH_COMMAND);
    if (options.json) io.stdout(`${toJsonLine(question, reply)}\n`);
    else if (options.preview) io.stdout(`${blockKitBuilderUrl(reply.message.blocks)}\n`);
    else io.stdout(`${renderForTerminal(reply.message, { color: io.isTTY }).text}\n`);
  };

  if (questions.length > 0) {
    answerOne(questions.join(' '));
    return EXIT_OK;
  }
  if (io.isTTY && !options.json && !options.preview) {
    io.stderr('Give a question, e.g. npm run ask -- "your question", or try npm run chat.\n');
    return EXIT_USAGE;
  }
  for await (const line of io.stdinLines()) answerOne(line);
  return EXIT_OK;
}
