import type { Faq } from './faq-schema';
import type { Synonyms } from './synonyms-schema';

/** A validated, immutable knowledge base. Only the loader builds one, and only when nothing is wrong. */
export class KnowledgeBase {
  readonly faqs: readonly Faq[];
  readonly synonyms: Synonyms;
  readonly directory: string;
  private readonly byId: ReadonlyMap<string, Faq>;

  constructor(faqs: readonly Faq[], synonyms: Synonyms, directory: string) {
    this.faqs = faqs;
    this.synonyms = synonyms;
    this.directory = directory;
    this.byId = new Map(faqs.map((faq) => [faq.id, faq]));
  }

  get(id: string): Faq | undefined {
    return this.byId.get(id);
  }

  /** Categories in first-seen order, each with its FAQs in file order. */
  byCategory(): Map<string, Faq[]> {
    const groups = new Map<string, Faq[]>();
    for (const faq of this.faqs) {
      const group = groups.get(faq.category);
      if (group) group.push(faq);
      else groups.set(faq.category, [faq]);
    }
    return groups;
  }
}
