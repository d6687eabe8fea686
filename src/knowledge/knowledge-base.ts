import type { Faq } from './faq-schema';
import type { MatchingSettings, Synonyms } from './synonyms-schema';

/**
 * A validated knowledge base, never changed once built except that answers' Slack renderings may be filled
 * in later (in the background, after start-up). Only the loader builds one, and only when nothing is wrong.
 */
export class KnowledgeBase {
  readonly faqs: readonly Faq[];
  readonly synonyms: Synonyms;
  readonly directory: string;
  /** The knowledge base's own matching settings (`matching.yml`), over the matcher's defaults. */
  readonly settings: MatchingSettings;
  private readonly byId: ReadonlyMap<string, Faq>;
  /** FAQs by how many others link to them, computed on first use. */
  private byLinks?: Faq[];

  constructor(faqs: readonly Faq[], synonyms: Synonyms, directory: string, settings: MatchingSettings = {}) {
    this.faqs = faqs;
    this.settings = settings;
    this.synonyms = synonyms;
    this.directory = directory;
    this.byId = new Map(faqs.map((faq) => [faq.id, faq]));
  }

  get(id: string): Faq | undefined {
    return this.byId.get(id);
  }

  /**
   * FAQs other FAQs point to most (as `related`), in file order on ties: a stand-in for "questions people
   * often ask" that HR controls and that needs no usage data.
   */
  mostLinked(limit: number): Faq[] {
    if (!this.byLinks) {
      const inbound = new Map<string, number>();
      for (const faq of this.faqs) for (const id of faq.related) inbound.set(id, (inbound.get(id) ?? 0) + 1);
      this.byLinks = this.faqs
        .map((faq, index) => ({ faq, index, count: inbound.get(faq.id) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.index - b.index)
        .map(({ faq }) => faq);
    }
    return this.byLinks.slice(0, limit);
  }

  /**
   * A few example questions in this knowledge base's own words, for help and no-match cards: the shortest
   * phrasing (question or alternate) of the most-linked FAQs, so the examples always exist here.
   */
  examples(limit: number): string[] {
    const chosen: string[] = [];
    for (const faq of this.mostLinked(this.faqs.length)) {
      const shortest = [faq.question, ...faq.alternates]
        .map((text) => text.replace(/[?.!]+$/, '').trim())
        .filter((text) => text.length > 0 && !/[`<>&*_~]/.test(text))
        .sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
      if (shortest && !chosen.includes(shortest.toLowerCase())) chosen.push(shortest.toLowerCase());
      if (chosen.length >= limit) break;
    }
    return chosen;
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
