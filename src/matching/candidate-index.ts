/**
 * An inverted index from terms to FAQs. It hands the matcher the few FAQs that share a term with the
 * question, so Fuse.js scores a few dozen FAQs rather than the whole knowledge base.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly documentCount: number;

  /** `documents[i]` is the set of terms of FAQ i. */
  constructor(documents: ReadonlyArray<ReadonlySet<string>>) {
    this.documentCount = documents.length;
    documents.forEach((terms, index) => {
      for (const term of terms) {
        const list = this.postings.get(term);
        if (list) list.push(index);
        else this.postings.set(term, [index]);
      }
    });
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** BM25's inverse document frequency; a term no FAQ uses gets the highest weight. */
  idf(term: string): number {
    const frequency = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.documentCount - frequency + 0.5) / (frequency + 0.5));
  }

  /** FAQ indexes sharing at least one term, best first by the weight of the shared terms. */
  candidates(terms: ReadonlyArray<{ term: string; weight: number }>, limit: number): number[] {
    const scores = new Map<number, number>();
    for (const { term, weight } of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (const index of list) scores.set(index, (scores.get(index) ?? 0) + weight);
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index]) => index);
  }
}
