import type { Faq } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context, type Message, section } from './elements';
import { exampleList } from './popular';
import { escapeUserText, quoteUserText, truncate } from './text';

export interface DidYouMeanOptions {
  /** The question asks for a particular fact that these FAQs only explain in general: say so. */
  asksParticulars?: boolean;
  /** In particular, it asks what the asker's own records say (a balance, a request's progress): say so. */
  aboutOwnRecords?: boolean;
  /** Example questions from the knowledge base, for the tip. */
  examples?: readonly string[];
  /** Offer "Ask HR" as well. */
  askHr?: boolean;
}

/** "Did you mean…?": up to three candidate questions as buttons, plus "None of these". */
export function buildDidYouMeanCard(
  query: string,
  candidates: readonly Faq[],
  options: DidYouMeanOptions = {},
): Message {
  const quoted = quoteUserText(query);
  const intro = options.aboutOwnRecords
    ? `*${quoted}* is about your own records, which I can't see. HR can look them up for you. Meanwhile, one of these may help:`
    : options.asksParticulars
      ? `*${quoted}* asks for something particular that these FAQs only explain in general, so I can't answer it for sure. HR can. Meanwhile, is it one of these?`
      : `I'm not sure I understood *${quoted}*. Did you mean one of these?`;
  const q = truncate(query, MAX_QUERY_LENGTH);
  const choices = candidates
    .slice(0, 3)
    .map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id, q })));
  const footer = [button('None of these', ACTIONS.noneOfThese, encodeValue({ q }))];
  if (options.askHr) footer.push(button('Ask HR', ACTIONS.askHr, encodeValue({ q })));
  return {
    text: `Did you mean: ${candidates
      .slice(0, 3)
      .map((faq) => escapeUserText(faq.question))
      .join(' / ')}`,
    blocks: [
      section(intro),
      actions(choices, 'hrfaq_did_you_mean'),
      actions(footer, 'hrfaq_did_you_mean_footer'),
      ...(options.examples && options.examples.length > 0
        ? [
            context(
              `Tip: short questions work best, e.g. ${exampleList(options.examples.slice(0, 2).map(escapeUserText))}.`,
            ),
          ]
        : []),
    ],
  };
}
