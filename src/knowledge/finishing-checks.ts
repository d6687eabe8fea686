import { readFileSync } from 'node:fs';
import type { Faq } from './faq-schema';
import type { KnowledgeBase } from './knowledge-base';
import { lineInFaqFile } from './locate';
import type { KnowledgeProblem } from './problems';

/** The starter knowledge base's marks for what only the company can answer: "[Fill in: your pay schedule]". */
const MARKER = /\[Fill in:/i;

/**
 * What `validate` asks HR to finish before deploying, though the bot would load the files: markers of the
 * starter knowledge base left in place, and one category spelt several ways. Both would show in Slack as
 * written: an answer saying "[Fill in: …]", and "Pay" and "pay" as two topics.
 */
export function finishingChecks(kb: KnowledgeBase): KnowledgeProblem[] {
  return [...markersLeft(kb.faqs), ...categorySpellings(kb.faqs)];
}

function markersLeft(faqs: readonly Faq[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const faq of faqs) {
    let text: string;
    try {
      text = readFileSync(faq.source.path, 'utf8');
    } catch {
      continue; // (gone since it was loaded: the next load reports it)
    }
    const lines = text.split(/\r?\n/);
    const marked = lines.flatMap((line, index) => (MARKER.test(line) ? [index + 1] : []));
    const [first] = marked;
    if (first === undefined) continue;
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

function categorySpellings(faqs: readonly Faq[]): KnowledgeProblem[] {
  const spellings = new Map<string, Map<string, Faq>>();
  for (const faq of faqs) {
    const key = faq.category.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = spellings.get(key) ?? new Map<string, Faq>();
    if (!seen.has(faq.category)) seen.set(faq.category, faq);
    spellings.set(key, seen);
  }
  const problems: KnowledgeProblem[] = [];
  for (const seen of spellings.values()) {
    if (seen.size < 2) continue;
    // The spelling most FAQs use is the one to keep; the others are reported where they are first used.
    const count = (spelling: string) => faqs.filter((faq) => faq.category === spelling).length;
    const [kept, ...others] = [...seen.keys()].sort((a, b) => count(b) - count(a));
    for (const other of others) {
      const faq = seen.get(other) as Faq;
      problems.push({
        file: faq.source.file,
        line: lineInFaqFile(faq, ['category']),
        message: `category "${other}" is "${kept}" spelt another way (${count(other)} FAQ${count(other) === 1 ? '' : 's'}); write it the same way everywhere, or Slack shows two topics`,
      });
    }
  }
  return problems;
}
