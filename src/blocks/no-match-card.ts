import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, type Message, section } from './elements';
import { exampleList, type PopularFaqs, popularBlocks } from './popular';
import { escapeUserText, quoteUserText, truncate } from './text';

export interface NoMatchOptions {
  /** A few FAQs to offer as buttons. */
  popular?: PopularFaqs;
  /** Example questions from the knowledge base, for the "how to ask" tip. */
  examples?: readonly string[];
  /** Offer "Ask HR" (when an HR channel is configured). */
  askHr?: boolean;
  /** The text already said why (e.g. "none of these"), so lead with that instead of "no answer". */
  lead?: string;
}

function howToAsk(examples: readonly string[]): string {
  const forExample = examples.length > 0 ? `, for example ${exampleList(examples.map(escapeUserText))}` : '';
  return `*How to ask:* a few key words work best${forExample}. Type \`/hrfaq list\` to browse every topic.`;
}

/** The friendly fallback when nothing matches: never a guess, always a way forward. */
export function buildNoMatchCard(query: string, options: NoMatchOptions = {}): Message {
  const quoted = quoteUserText(query);
  const lead =
    options.lead ??
    (quoted === ''
      ? "I didn't catch a question there."
      : `Sorry, I don't have an answer for *${quoted}*${stop(quoted)}`);
  const blocks: Message['blocks'] = [section(lead), section(howToAsk(options.examples ?? []))];
  blocks.push(...popularBlocks(options.popular));
  if (options.askHr) {
    blocks.push(section("Still stuck? HR can answer questions these FAQs don't cover."));
    blocks.push(
      actions(
        [button('Ask HR', ACTIONS.askHr, encodeValue({ q: truncate(query, MAX_QUERY_LENGTH) }), 'primary')],
        'hrfaq_ask_hr',
      ),
    );
  }
  // The notification says what the card leads with.
  const text =
    options.lead ??
    (quoted === ''
      ? "I didn't catch a question there."
      : `Sorry, I don't have an answer for "${quoted}"${stop(quoted)}`);
  return { text, blocks };
}

/** The sentence's full stop, unless the question already ends with one of its own (`?`, `!` or `.`). */
function stop(quoted: string): string {
  return /[?!.…]$/.test(quoted) ? '' : '.';
}
