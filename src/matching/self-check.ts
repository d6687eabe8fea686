import { lineInFaqFile } from '../knowledge/locate';
import type { KnowledgeProblem } from '../knowledge/problems';
import type { Matcher } from './matcher';

/**
 * Content CI for HR authors ("test all"): every FAQ's own question and alternates must be answered with
 * that FAQ. When a new FAQ steals another's phrasing, or two FAQs share one, this says which and where.
 */
export function selfCheck(matcher: Matcher): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const faq of matcher.kb.faqs) {
    const phrasings: Array<{ text: string; label: string; keyPath: Array<string | number> }> = [
      { text: faq.question, label: 'question', keyPath: ['question'] },
      ...faq.alternates.map((text, index) => ({
        text,
        label: `alternates[${index + 1}]`,
        keyPath: ['alternates', index],
      })),
    ];
    for (const { text, label, keyPath } of phrasings) {
      const result = matcher.match(text);
      if (result.band === 'answer' && result.match?.faq.id === faq.id) continue;
      problems.push({
        file: faq.source.file,
        line: lineInFaqFile(faq, keyPath),
        message: `${label} "${text}" ${explain(result, faq.id)}`,
      });
    }
  }
  return problems;
}

function explain(result: ReturnType<Matcher['match']>, ownId: string): string {
  if (result.band === 'answer' && result.match) {
    return `is answered with "${result.match.faq.id}" instead of this FAQ; reword it, or move it to that FAQ`;
  }
  if (result.companySpecific) {
    return "sounds company-specific (we, our, how do I, my employer, allowed…), so the bot won't answer it outright; phrase it generally";
  }
  const rivals = result.suggestions.filter(({ faq }) => faq.id !== ownId).map(({ faq }) => `"${faq.id}"`);
  if (result.band === 'did-you-mean' && rivals.length > 0) {
    return `is too close to ${rivals.join(' and ')} to answer outright; make it more specific`;
  }
  return 'is too vague to answer outright; add distinctive words';
}
