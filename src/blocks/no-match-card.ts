import type { Faq } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, type Message, section } from './elements';
import { quoteUserText, truncate } from './text';

export interface NoMatchOptions {
  /** A few questions people often ask, offered as buttons. */
  popular?: readonly Faq[];
  /** Offer "Ask HR" (when an HR channel is configured). */
  askHr?: boolean;
  /** The text already said why (e.g. "none of these"), so lead with that instead of "no answer". */
  lead?: string;
}

const HOW_TO_ASK =
  '*How to ask:* a few key words work best, for example `peo vs aso`, `what is co-employment` or `rag`. ' +
  'Type `/hrfaq list` to browse every topic.';

/** The friendly fallback when nothing matches: never a guess, always a way forward. */
export function buildNoMatchCard(query: string, options: NoMatchOptions = {}): Message {
  const quoted = quoteUserText(query);
  const lead =
    options.lead ??
    (quoted === ''
      ? "I didn't catch a question there."
      : `Sorry, I don't have an answer for *${quoted}*${stop(quoted)}`);
  const blocks: Message['blocks'] = [section(lead), section(HOW_TO_ASK)];
  const popular = (options.popular ?? []).slice(0, 5);
  if (popular.length > 0) {
    blocks.push(context('*Questions people often ask*'));
    blocks.push(
      actions(
        popular.map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id }))),
        'hrfaq_popular',
      ),
    );
  }
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
