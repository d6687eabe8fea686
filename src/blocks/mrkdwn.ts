import slackifyMarkdown from 'slackify-markdown';

/**
 * Renders an HR author's Markdown as Slack mrkdwn (bold, italics, links, bullet and numbered lists) with
 * slackify-markdown. Special mentions that would ping people (<!channel>, <!here>, <@U123>, <!subteam^…>)
 * are escaped, so an answer can never notify a whole channel.
 */
export function markdownToMrkdwn(markdown: string): string {
  return slackifyMarkdown(markdown)
    .replace(/<([!@][^>]*)>/g, '&lt;$1&gt;')
    .trim();
}
