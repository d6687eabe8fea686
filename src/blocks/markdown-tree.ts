import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import unified from 'unified';
import type { Node } from 'unist';

/** The same parser slackify-markdown uses (remark with GitHub Flavored Markdown), so every reader sees one tree. */
const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Node {
  return parser.parse(markdown);
}
