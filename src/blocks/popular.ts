import type { types } from '@slack/bolt';
import type { Faq } from '../knowledge/faq-schema';
import { ACTIONS, encodeValue } from './action-ids';
import { actions, button, context } from './elements';

/** FAQs to offer as a way in, and whether they are what people actually asked lately. */
export interface PopularFaqs {
  faqs: readonly Faq[];
  /** True when counted from recent questions; false when they are only the FAQs most linked from others. */
  fromUsage: boolean;
}

/** The buttons, under a heading that says honestly what they are. */
export function popularBlocks(popular: PopularFaqs | undefined): types.KnownBlock[] {
  const faqs = (popular?.faqs ?? []).slice(0, 5);
  if (!popular || faqs.length === 0) return [];
  return [
    context(popular.fromUsage ? '*Questions people often ask*' : '*A few questions from the FAQ*'),
    actions(
      faqs.map((faq) => button(faq.question, ACTIONS.openFaq, encodeValue({ id: faq.id }))),
      'hrfaq_popular',
    ),
  ];
}

/** `a`, `b` or `c`: example questions as inline code, for "for example …" sentences. */
export function exampleList(examples: readonly string[], command = ''): string {
  const shown = examples.map((example) => `\`${command}${example}\``);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}
