import type { Node, Parent } from 'unist';
import { parseMarkdown } from './markdown-tree';

/**
 * Joins the lines of each paragraph that an author wrapped in the file, as every Markdown renderer shows
 * them: one paragraph, the lines joined by a space. Slack would otherwise show a hard break mid-sentence.
 * Only paragraphs change: list items stay items, code blocks and tables keep their lines, a blank line
 * still starts a new paragraph, and a hard break (two trailing spaces or a backslash) stays a break.
 */
export function joinSoftBreaks(markdown: string): string {
  const lines = markdown.split('\n');
  /** Line numbers (1-based) whose line ending is soft and should become a space. */
  const soft = new Set<number>();
  const walk = (node: Node) => {
    if (node.type === 'paragraph' && node.position) {
      const hard = new Set<number>();
      collectBreaks(node, hard);
      for (let line = node.position.start.line; line < node.position.end.line; line++) {
        if (!hard.has(line)) soft.add(line);
      }
      return;
    }
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(parseMarkdown(markdown));
  if (soft.size === 0) return markdown;

  const joined: string[] = [];
  lines.forEach((line, index) => {
    // `index` is also the 1-based number of the line before this one.
    if (soft.has(index) && joined.length > 0) {
      // The continuation's container prefix (indentation, `>` of a block quote) belongs to the line it joins.
      joined[joined.length - 1] = `${(joined[joined.length - 1] ?? '').trimEnd()} ${line.replace(/^[ \t>]*/, '')}`;
    } else {
      joined.push(line);
    }
  });
  return joined.join('\n');
}

/** Lines that end in a hard break (`break` nodes), which must keep their line ending. */
function collectBreaks(node: Node, into: Set<number>): void {
  if (node.type === 'break' && node.position) into.add(node.position.start.line);
  for (const child of (node as Parent).children ?? []) collectBreaks(child, into);
}
