import { LRUCache } from 'lru-cache';
import type { Node, Parent } from 'unist';
import { parseMarkdown } from './markdown-tree';
import { truncate } from './text';

/** About two lines of a Slack message: enough to see whether it is the right answer. */
export const PREVIEW_LENGTH = 240;

/** Blocks whose text reads as prose; code, tables, HTML and images are left out of a preview. */
const PROSE = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem']);

/**
 * The start of an answer as plain text, for "Did you mean…?": the Markdown's prose in order (list items
 * separated by semicolons), cut after the last whole sentence that fits, or else after a list item, or else
 * at a word, with an ellipsis when anything is left out. Empty when the answer has no prose (only a table,
 * say) or cannot be parsed.
 */
export function answerPreview(markdown: string, max: number = PREVIEW_LENGTH): string {
  const key = `${max}:${markdown}`;
  let preview = previews.get(key);
  if (preview === undefined) {
    try {
      preview = cut(prose(opening(markdown, max), max), max);
    } catch {
      // Pathological Markdown (thousands of nested quotes) can exhaust the stack: then no preview, not an error.
      preview = '';
    }
    previews.set(key, preview);
  }
  return preview;
}

/** Parsing an answer takes about a millisecond, several times a match, and the same FAQs lead again and again. */
const previews = new LRUCache<string, string>({ max: 2000 });

/** Only the opening of a long answer is parsed: up to the last blank line within ten times the preview. */
function opening(markdown: string, max: number): string {
  if (markdown.length <= max * 10) return markdown;
  const head = markdown.slice(0, max * 10);
  const paragraph = head.lastIndexOf('\n\n');
  return paragraph > max ? head.slice(0, paragraph) : head;
}

function prose(markdown: string, max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of (parseMarkdown(markdown) as Parent).children ?? []) {
    if (length > max) break;
    if (!PROSE.has(block.type)) continue;
    let text = proseOf(block).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    // A heading reads as a lead-in to what follows: "Overview: Payday is…".
    if (block.type === 'heading' && !/[.:!?]$/.test(text)) text = `${text}:`;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ');
}

function proseOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode')
    return String((node as Node & { value?: unknown }).value ?? '');
  if (node.type === 'break') return ' ';
  const children = (node as Parent).children;
  if (children === undefined) return '';
  if (node.type === 'list') {
    return children
      .map((item) => proseOf(item).trim())
      .filter((text) => text !== '')
      .join('; ');
  }
  const blocks = node.type === 'listItem' || node.type === 'blockquote';
  return children
    .filter((child) => !blocks || PROSE.has(child.type))
    .map(proseOf)
    .join(blocks ? ' ' : '');
}

/**
 * A sentence ends at . ! or ? and a space, after a word that is not an abbreviation with dots of its own
 * ("U.S.", "e.g.") or a single letter.
 */
const SENTENCE_END = /(?<=(?:^|\s)[^\s.]{2,}|[)"'\d])[.!?](?= )/g;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  // After a whole sentence if one ends in the second half, else after a list item, else at a word.
  const sentence = Math.max(-1, ...[...window.matchAll(SENTENCE_END)].map((match) => match.index ?? -1));
  if (sentence >= max / 2) return `${window.slice(0, sentence + 1)} …`;
  const item = window.lastIndexOf('; ');
  if (item >= max / 2) return `${window.slice(0, item + 1)} …`;
  const space = window.lastIndexOf(' ');
  // truncate() never leaves half an emoji behind.
  return space > max / 2 ? `${window.slice(0, space).trimEnd()}…` : truncate(text, max);
}
