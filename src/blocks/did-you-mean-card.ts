import { type Faq, MAX_QUESTION_LENGTH } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { ACTIONS, encodeValue } from './action-ids';
import { PREVIEW_LENGTH } from './answer-preview';
import { actions, button, context, type Message, section } from './elements';
import { exampleList } from './popular';
import { escapeUserText, quoteUserText, truncate } from './text';

export interface DidYouMeanOptions {
  /** The question asks for a particular fact that these FAQs only explain in general: say so. */
  asksParticulars?: boolean;
  /** In particular, it asks what the asker's own records say (a balance, a request's progress): say so. */
  aboutOwnRecords?: boolean;
  /** The message asks the bot to do something ("can you approve my request?"), which it can't: say so. */
  asksAnAction?: boolean;
  /** Example questions from the knowledge base, for the tip. */
  examples?: readonly string[];
  /** Offer "Ask HR" as well. */
  askHr?: boolean;
  /**
   * The first candidate is clearly the likeliest (see `likelyThreshold`): show the start of its answer
   * (plain text, from answerPreview) with a button to the whole answer, and the others below it.
   */
  likely?: { preview: string };
}

/** "Did you mean…?": up to three candidate questions as buttons, plus "None of these". */
export function buildDidYouMeanCard(
  query: string,
  candidates: readonly Faq[],
  options: DidYouMeanOptions = {},
): Message {
  const quoted = quoteUserText(query);
  const [first, ...others] = candidates.slice(0, 3);
  const { likely } = options;
  if (likely && first && !options.asksParticulars && !options.aboutOwnRecords && !options.asksAnAction) {
    return likelyCard(query, first, others, likely.preview, options);
  }
  const intro = options.asksAnAction
    ? `*${quoted}* asks me to do something, which I can't: I only answer from HR's FAQs. HR can help. Meanwhile, one of these may explain how:`
    : options.aboutOwnRecords
      ? `*${quoted}* is about personal records, which I can't see. HR can look them up for you. Meanwhile, one of these may help:`
      : options.asksParticulars
        ? `*${quoted}* asks for something particular that these FAQs only explain in general, so I can't answer it for sure. HR can. Meanwhile, is it one of these?`
        : `I'm not sure I understood *${quoted}*. Did you mean one of these?`;
  const q = truncate(query, MAX_QUERY_LENGTH);
  return {
    text: fallbackText(candidates),
    blocks: [
      section(intro),
      actions(choiceButtons(candidates.slice(0, 3), q), 'hrfaq_did_you_mean'),
      ...closing(q, options),
    ],
  };
}

/**
 * "Did you mean…?" led by the likeliest FAQ: its question and the start of its answer, plainly marked as a
 * guess, with "Read the full answer" (the same button as a choice, so the click teaches the same), then the
 * other candidates.
 */
function likelyCard(
  query: string,
  first: Faq,
  others: readonly Faq[],
  previewText: string,
  options: DidYouMeanOptions,
): Message {
  const q = truncate(query, MAX_QUERY_LENGTH);
  const preview = previewText.trim();
  const read = button('Read the full answer', ACTIONS.openFaq, encodeValue({ id: first.id, q }), 'primary');
  return {
    text: fallbackText([first, ...others]),
    blocks: [
      section(`I'm not sure I understood *${quoteUserText(query)}*, but this looks closest:`),
      section(
        `*${quoteUserText(first.question, MAX_QUESTION_LENGTH)}*${preview === '' ? '' : `\n${quoteUserText(preview, PREVIEW_LENGTH + 2)}`}`,
      ),
      actions([read], 'hrfaq_likely'),
      ...(others.length > 0
        ? [section('Or did you mean one of these?'), actions(choiceButtons(others, q), 'hrfaq_did_you_mean')]
        : []),
      ...closing(q, options),
    ],
  };
}

function choiceButtons(faqs: readonly Faq[], q: string) {
  return faqs.map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id, q })));
}

function fallbackText(candidates: readonly Faq[]): string {
  return `Did you mean: ${candidates
    .slice(0, 3)
    .map((faq) => escapeUserText(faq.question))
    .join(' / ')}`;
}

/** "None of these", "Ask HR" when HR has a channel, and a tip on asking. */
function closing(q: string, options: DidYouMeanOptions) {
  const footer = [button('None of these', ACTIONS.noneOfThese, encodeValue({ q }))];
  if (options.askHr) footer.push(button('Ask HR', ACTIONS.askHr, encodeValue({ q })));
  return [
    actions(footer, 'hrfaq_did_you_mean_footer'),
    ...(options.examples && options.examples.length > 0
      ? [
          context(
            `Tip: short questions work best, e.g. ${exampleList(options.examples.slice(0, 2).map(escapeUserText))}.`,
          ),
        ]
      : []),
  ];
}
