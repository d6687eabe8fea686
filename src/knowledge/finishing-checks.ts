import type { Faq } from './faq-schema';
import type { KnowledgeBase } from './knowledge-base';
import { lineInFaqFile } from './locate';
import { markersLeft } from './markers';
import type { KnowledgeProblem } from './problems';

/**
 * What `validate` asks HR to finish before deploying, though the bot would load the files: markers of the
 * starter knowledge base left in place, and one category spelt several ways (in case, spacing or a plural
 * ending). Both would show in Slack as written: an answer saying "[Fill in: …]", and "Pay" and "pay", or
 * "Perk" and "Perks", as two topics.
 */
export function finishingChecks(kb: KnowledgeBase): KnowledgeProblem[] {
  return [...markersLeft(kb.faqs), ...categorySpellings(kb.faqs)];
}

/**
 * The spellings of a category (lowercased, its spaces evened out) with and without an English plural ending on
 * its last word: "perk" and "perks", "tax" and "taxes", "policy" and "policies".
 */
function pluralForms(category: string): string[] {
  const forms = [category, `${category}s`, `${category}es`];
  if (/[^aeiou]y$/.test(category)) forms.push(`${category.slice(0, -1)}ies`);
  if (category.endsWith('ies')) forms.push(`${category.slice(0, -3)}y`);
  if (category.endsWith('es')) forms.push(category.slice(0, -2));
  if (category.endsWith('s')) forms.push(category.slice(0, -1));
  return forms;
}

function categorySpellings(faqs: readonly Faq[]): KnowledgeProblem[] {
  const spellings = new Map<string, Map<string, Faq>>();
  for (const faq of faqs) {
    const written = faq.category.toLowerCase().replace(/\s+/g, ' ').trim();
    const key = pluralForms(written).find((form) => spellings.has(form)) ?? written;
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
