import { decodeValue, openFaqValueSchema } from '../../blocks/action-ids';
import type { Message } from '../../blocks/elements';
import { cardEnvSchema } from '../../config/env';
import { Matcher } from '../../matching/matcher';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';
import { type Choice, renderForTerminal } from '../render-terminal';
import { DEFAULT_WIDTH, wrapText } from '../wrap';
import { createService } from './ask';

export const CHAT_USAGE = 'chat [--dir <folder>]   talk to the bot in the terminal; pick related questions by number';

/** One line, wrapped to the terminal's width when shown. */
const WELCOME =
  'hrfaq chat: ask an HR question, as you would in Slack. Type a number to open a related question, ' +
  '"list" for all topics, "help" for examples, and "quit" (or Ctrl-D) to leave.\n';
const PROMPT = '\n> ';

/**
 * `chat`: the bot's matcher and cards, interactively, with no Slack workspace needed. Each card's buttons
 * are numbered; typing one of those numbers follows it, as clicking would in Slack, and anything else,
 * other numbers included, is asked.
 */
export async function chatCommand(io: CliIo, options: { dir?: string }): Promise<ExitCode> {
  const loaded = loadForCli(io, cardEnvSchema, options.dir);
  if (!loaded) return EXIT_INVALID;
  const service = createService(new Matcher(loaded.kb), loaded.env);
  let choices: Choice[] = [];
  const show = (message: Message) => {
    const rendered = renderForTerminal(message, { color: io.isTTY, commandsAsTyped: true });
    choices = rendered.choices;
    io.stdout(`\n${wrapText(rendered.text, io.columns?.() || DEFAULT_WIDTH)}`);
  };

  io.stdout(wrapText(WELCOME, io.columns?.() || DEFAULT_WIDTH));
  io.stdout(PROMPT);
  for await (const raw of io.stdinLines()) {
    const line = raw.trim();
    if (/^[/:]?(quit|exit|q)$/i.test(line)) break;
    // Only a number among the buttons shown picks one: any other ("1099", "401") is a question's word.
    const choice = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
    if (choice) {
      const value = decodeValue(openFaqValueSchema, choice.value);
      const card = value && service.card(value.id, { ephemeral: true }, { backTo: value.from });
      show(card ? card.message : service.notices.faqUnavailable());
    } else if (line !== '') {
      show(service.reply(line, { ephemeral: true }).message);
    }
    io.stdout(PROMPT);
  }
  io.stdout('\nBye!\n');
  return EXIT_OK;
}
