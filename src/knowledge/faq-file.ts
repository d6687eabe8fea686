import { Document, isCollection, isSeq, parseDocument } from 'yaml';
import type { FrontMatter } from './faq-schema';
import { splitFrontMatter } from './front-matter';

/** The front matter written for an FAQ, in the order authors read it. */
export type FaqContent = Omit<FrontMatter, 'id'> & { answer: string };

const KEYS = ['question', 'alternates', 'keywords', 'category', 'related', 'links'] as const;
/** Short lists read best on one line (`keywords: [a, b]`), as in the shipped knowledge base. */
const FLOW_KEYS: ReadonlySet<string> = new Set(['keywords', 'related']);
/** Never fold long questions or answers over several lines. */
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A new FAQ file: front matter without empty lists, then the answer. `id` is written only when asked. */
export function renderFaqFile(content: FaqContent, options: { id?: string } = {}): string {
  const document = new Document({});
  if (options.id !== undefined) document.set('id', options.id);
  for (const key of KEYS) {
    const value = content[key];
    if (Array.isArray(value) && value.length === 0) continue;
    const node = document.createNode(value);
    if (isSeq(node) && FLOW_KEYS.has(key)) node.flow = true;
    document.set(key, node);
  }
  return `---\n${document.toString(STRINGIFY)}---\n${content.answer}\n`;
}

/**
 * An existing FAQ file with new content: only the keys whose values changed are rewritten, as a YAML
 * document, so comments, key order and list styles survive; an unchanged answer keeps its exact bytes.
 * Returns undefined when the file has no front matter to edit.
 */
export function updateFaqFile(raw: string, content: FaqContent): string | undefined {
  const split = splitFrontMatter(raw);
  if (!split.ok) return undefined;
  const { yamlText, body } = split.file;
  const document = parseDocument(yamlText);
  let frontMatterChanged = false;
  for (const key of KEYS) {
    const value = content[key];
    const old: unknown = document.get(key);
    const oldValue = isCollection(old) ? old.toJSON() : old;
    const empty = Array.isArray(value) && value.length === 0;
    if (JSON.stringify(oldValue ?? (empty ? [] : undefined)) === JSON.stringify(value)) continue;
    frontMatterChanged = true;
    if (empty) {
      document.delete(key);
      continue;
    }
    const node = document.createNode(value);
    if (isSeq(node)) node.flow = isSeq(old) ? Boolean(old.flow) : FLOW_KEYS.has(key);
    document.set(key, node);
  }
  // splitFrontMatter leaves out the newline before the closing fence.
  const frontMatter = frontMatterChanged ? document.toString(STRINGIFY) : `${yamlText}\n`;
  const newBody = body.trim() === content.answer ? body : `${content.answer}\n`;
  return `---\n${frontMatter}---\n${newBody}`;
}

/**
 * An existing FAQ file with phrasings added to the end of its `alternates` (the list is created when there is
 * none). The front matter is edited as a YAML document and only that list gains items, so comments (even on
 * the list's own items), key order and the list's style survive, and the answer keeps its exact bytes.
 * Returns undefined when the file has no front matter to edit.
 */
export function addAlternates(raw: string, additions: readonly string[]): string | undefined {
  const split = splitFrontMatter(raw);
  if (!split.ok) return undefined;
  if (additions.length === 0) return raw;
  const { yamlText, body } = split.file;
  const document = parseDocument(yamlText);
  const list = document.get('alternates', true);
  if (isSeq(list)) {
    for (const addition of additions) list.add(document.createNode(addition));
  } else {
    document.set('alternates', document.createNode([...additions]));
  }
  return `---\n${document.toString(STRINGIFY)}---\n${body}`;
}
