import { readFileSync } from 'node:fs';
import type { Faq } from './faq-schema';
import { lineOfOffset } from './front-matter';
import type { LoadResult } from './load-knowledge';
import type { KnowledgeProblem } from './problems';

/**
 * The starter knowledge base's marks for what only the company can answer: "[Fill in: your pay schedule]",
 * however the line is broken between "[Fill" and "in:" (a folded YAML value, a wrapped answer).
 */
const MARKER = /\[Fill\s+in:/i;
/** Every marker of a file's text. */
const MARKERS = new RegExp(MARKER.source, 'gi');

/** Does any part of the FAQ still hold a starter marker? (read from memory: cheap for thousands of FAQs) */
function hasMarker(faq: Faq): boolean {
  return [
    faq.question,
    faq.answer,
    faq.category,
    ...faq.alternates,
    ...faq.keywords,
    ...faq.links.map(({ title }) => title),
  ].some((text) => MARKER.test(text));
}

/**
 * One problem per FAQ that still has a starter marker, at its first marker's line (the others named): an
 * answer saying "[Fill in: your pay schedule]" must never reach employees. The files are read again only
 * for the FAQs that have one, for the lines.
 */
export function markersLeft(faqs: readonly Faq[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const faq of faqs) {
    if (!hasMarker(faq)) continue;
    let text: string;
    try {
      text = readFileSync(faq.source.path, 'utf8');
    } catch {
      text = ''; // (gone since it was loaded: the next load reports it)
    }
    // (found in the file as written, each line named once)
    const marked = [...new Set([...text.matchAll(MARKERS)].map(({ index }) => lineOfOffset(text, index)))];
    const [first = 1] = marked;
    const more =
      marked.length > 1
        ? ` (and ${marked.length - 1} more, on line${marked.length > 2 ? 's' : ''} ${marked.slice(1).join(', ')})`
        : '';
    problems.push({
      file: faq.source.file,
      line: first,
      message: `still has a "[Fill in: …]" marker${more}; replace each with your own policy`,
    });
  }
  return problems;
}

/**
 * A loaded knowledge base as the bot may serve it: one with the starter's markers left is refused, with them
 * as its problems, as one that fails to load is (at start-up, and for a live edit).
 */
export function servable(loaded: LoadResult): LoadResult {
  if (!loaded.ok) return loaded;
  const unfinished = markersLeft(loaded.kb.faqs);
  return unfinished.length === 0 ? loaded : { ok: false, problems: unfinished };
}
