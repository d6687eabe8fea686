import { LRUCache } from 'lru-cache';
import slackifyMarkdown from 'slackify-markdown';
import { joinSoftBreaks } from './soft-breaks';
import { escapeUserText } from './text';

/** Converting Markdown takes about a millisecond and answers repeat, so keep recent conversions. */
const converted = new LRUCache<string, string>({ max: 2000 });

/**
 * Renders an HR author's Markdown as Slack mrkdwn (bold, italics, links, bullet and numbered lists) with
 * slackify-markdown, after joining the lines of wrapped paragraphs (see soft-breaks.ts). Special mentions that would ping people (<!channel>, <!here>, <@U123>, <!subteam^…>)
 * are escaped, so an answer can never notify a whole channel.
 */
export function markdownToMrkdwn(markdown: string): string {
  let mrkdwn = converted.get(markdown);
  if (mrkdwn === undefined) {
    mrkdwn = convertToMrkdwn(markdown);
    converted.set(markdown, mrkdwn);
  }
  return mrkdwn;
}

/** The same conversion without keeping it: for workers that convert each answer once. */
export function convertToMrkdwn(markdown: string): string {
  return (
    convert(markdown)
      // Escape the opening bracket of every special sequence, closed or not: the converter can leave
      // `<@U1|x&gt;`, which Slack would still read as a mention once a later `>` closes it.
      .replace(/<(?=[!@])/g, '&lt;')
      .trim()
  );
}

/**
 * The converter recurses through the Markdown tree, so pathological input (thousands of nested `>`) can
 * exhaust the stack. Then the answer is shown as plain escaped text rather than not at all.
 */
function convert(markdown: string): string {
  try {
    return slackifyMarkdown(joinSoftBreaks(markdown));
  } catch {
    return escapeUserText(markdown);
  }
}
