import { LRUCache } from 'lru-cache';
import slackifyMarkdown from 'slackify-markdown';

/** Converting Markdown takes about a millisecond and answers repeat, so keep recent conversions. */
const converted = new LRUCache<string, string>({ max: 2000 });

/**
 * Renders an HR author's Markdown as Slack mrkdwn (bold, italics, links, bullet and numbered lists) with
 * slackify-markdown. Special mentions that would ping people (<!channel>, <!here>, <@U123>, <!subteam^…>)
 * are escaped, so an answer can never notify a whole channel.
 */
export function markdownToMrkdwn(markdown: string): string {
  let mrkdwn = converted.get(markdown);
  if (mrkdwn === undefined) {
    mrkdwn = slackifyMarkdown(markdown)
      .replace(/<([!@][^>]*)>/g, '&lt;$1&gt;')
      .trim();
    converted.set(markdown, mrkdwn);
  }
  return mrkdwn;
}
