import Fuse from 'fuse.js';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { Analyzer, type QueryTerm } from './analyzer';
import { CandidateIndex } from './candidate-index';
import { englishWords } from './english-words';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-config';
import { words } from './normalize';
import { SpellingCorrector } from './spelling';

export type Band = 'answer' | 'did-you-mean' | 'no-match';

export interface ScoredFaq {
  faq: Faq;
  /** Confidence in [0, 1]; higher is better. */
  score: number;
}

export interface MatchResult {
  query: string;
  band: Band;
  /** The FAQ answered outright; null unless the band is `answer`. */
  match: ScoredFaq | null;
  /** The best candidates, best first (the answered FAQ first when there is one); empty on no match. */
  suggestions: ScoredFaq[];
  /** True when the question is about "our" company in particular, which general FAQs can't answer. */
  companySpecific: boolean;
}

interface Phrasing {
  faqIndex: number;
  /** Analysed terms; a handful each, so an array beats a Set for lookups and memory. */
  terms: readonly string[];
  /** Sum of the terms' weights, the denominator of precision. */
  weight: number;
}

interface IndexedFaq {
  faq: Faq;
  phrasings: Phrasing[];
  keywordTerms: ReadonlySet<string>;
  allTerms: ReadonlySet<string>;
}

const FUSE_OPTIONS = {
  keys: ['text'],
  includeScore: true,
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  tokenize: (text: string) => (text === '' ? [] : text.split(' ')),
  shouldSort: false,
};

/**
 * Finds the FAQ a question is about. A token index picks the candidates, Fuse.js scores them fuzzily, and
 * an exact-term similarity (how much of the question the FAQ covers, and how much of the FAQ's phrasing the
 * question covers) turns the scores into a calibrated confidence with three bands.
 */
export class Matcher {
  readonly kb: KnowledgeBase;
  private readonly config: MatchConfig;
  private readonly analyzer: Analyzer;
  private readonly corrector: SpellingCorrector;
  private readonly index: CandidateIndex;
  private readonly faqs: IndexedFaq[];
  /** Words and phrases (as word lists) that mark a question about the asker's own company or situation. */
  private readonly companyCues: ReadonlyArray<readonly string[]>;
  /** "we", "our"…: company-specific too, unless a general marker ("if we…", "…or do we?") frames the question. */
  private readonly weCues: ReadonlyArray<readonly string[]>;
  private readonly generalMarkers: ReadonlyArray<readonly string[]>;
  /** Related FAQs by FAQ id, with the limit they were chosen for (an FAQ may have fewer than that). */
  private readonly relatedCache = new Map<string, { limit: number; chosen: Faq[] }>();

  constructor(kb: KnowledgeBase, config: Partial<MatchConfig> = {}) {
    this.kb = kb;
    this.config = { ...DEFAULT_MATCH_CONFIG, ...config };
    this.analyzer = new Analyzer(kb.synonyms);
    const phrases = (list: readonly string[]) => list.map((cue) => words(cue)).filter((cue) => cue.length > 0);
    this.companyCues = phrases(kb.synonyms.company_specific);
    this.weCues = phrases(kb.synonyms.we_words);
    this.generalMarkers = phrases(kb.synonyms.general_markers);

    // Each text is normalised once: its words feed both the terms and the typo vocabulary (with how often
    // each word occurs, so common words win ties). Filler words are typo targets too, so "waht is a peo"
    // reads as "what is a peo" before "what" is dropped.
    const vocabulary = new Map<string, number>();
    const termsOf = (text: string) => {
      const textWords = words(text);
      for (const word of textWords) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      return this.analyzer.termsOfWords(textWords);
    };
    for (const word of [...this.analyzer.synonymWords, ...this.analyzer.fillerWords]) {
      if (!vocabulary.has(word)) vocabulary.set(word, 1);
    }
    const analysed = kb.faqs.map((faq) => {
      const allTerms = new Set<string>();
      const phrasings = [faq.question, ...faq.alternates].map((text) => {
        const terms = termsOf(text);
        for (const term of terms) allTerms.add(term);
        return terms;
      });
      const keywordTerms = new Set<string>();
      for (const keyword of faq.keywords) {
        for (const term of termsOf(keyword)) {
          keywordTerms.add(term);
          allTerms.add(term);
        }
      }
      return { faq, phrasings, keywordTerms, allTerms };
    });
    this.index = new CandidateIndex(analysed.map(({ allTerms }) => allTerms));
    this.faqs = analysed.map(({ faq, phrasings, keywordTerms, allTerms }, faqIndex) => ({
      faq,
      keywordTerms,
      allTerms,
      phrasings: phrasings
        .filter((terms) => terms.length > 0)
        .map((terms) => ({
          faqIndex,
          terms,
          weight: terms.reduce((sum, term) => sum + this.termWeight(term), 0),
        })),
    }));
    this.corrector = new SpellingCorrector(vocabulary, englishWords());
  }

  /**
   * Related questions for an answer card: the FAQ's own `related` list first, then the FAQs nearest to its
   * question. Computed on first use and cached, so start-up stays fast on big knowledge bases.
   */
  related(faq: Faq, limit: number): Faq[] {
    const cached = this.relatedCache.get(faq.id);
    if (cached && cached.limit >= limit) return cached.chosen.slice(0, limit);
    const chosen: Faq[] = [];
    const seen = new Set([faq.id]);
    const add = (other: Faq | undefined) => {
      if (other && !seen.has(other.id) && chosen.length < limit) {
        seen.add(other.id);
        chosen.push(other);
      }
    };
    for (const id of faq.related) add(this.kb.get(id));
    if (chosen.length < limit) {
      for (const { faq: near } of this.score(faq.question).ranked) add(near);
    }
    if (chosen.length < limit) {
      // Past the scored shortlist, FAQs sharing the most weighted terms are the next nearest.
      const terms = this.analyzer.query(faq.question).map(({ term }) => ({ term, weight: this.termWeight(term) }));
      for (const index of this.index.candidates(terms, limit * 4)) add(this.faqs[index]?.faq);
    }
    this.relatedCache.set(faq.id, { limit, chosen });
    return chosen;
  }

  match(rawQuery: string): MatchResult {
    const { ranked, companySpecific } = this.score(rawQuery);
    return { query: rawQuery, companySpecific, ...this.band(ranked, companySpecific) };
  }

  /** The candidate FAQs with their confidence, best first, before banding (calibration sweeps this). */
  score(rawQuery: string): { ranked: ScoredFaq[]; companySpecific: boolean } {
    const query = rawQuery.slice(0, this.config.maxQueryLength);
    const queryWords = words(query);
    const has = (cues: ReadonlyArray<readonly string[]>) => cues.some((cue) => containsRun(queryWords, cue));
    const companySpecific = has(this.companyCues) || (has(this.weCues) && !has(this.generalMarkers));
    return { ranked: this.rank(this.analyzer.queryOfWords(queryWords, this.corrector)), companySpecific };
  }

  private rank(terms: readonly QueryTerm[]): ScoredFaq[] {
    if (terms.length === 0) return [];
    // Words the knowledge base never uses count against a match, but with diminishing weight, so a long,
    // chatty question about a known topic isn't drowned by its small talk.
    const unknownCount = terms.filter(({ term }) => !this.index.has(term)).length;
    const unknownWeight =
      unknownCount === 0
        ? 0
        : (this.config.unknownTermWeight * unknownCount ** this.config.unknownExponent) / unknownCount;
    const weighted = terms.map(({ term, corrected }) => ({
      term,
      weight:
        (this.index.has(term) ? this.termWeight(term) : unknownWeight) * (corrected ? this.config.correctedWeight : 1),
    }));
    const totalWeight = weighted.reduce((sum, { weight }) => sum + weight, 0);
    const candidates = this.index.candidates(weighted, this.config.maxCandidates);
    if (candidates.length === 0) return [];

    // Cheap exact-term similarity for every candidate; Fuse.js only for the best few, on their closest phrasings.
    const shortlist = candidates
      .map((faqIndex) => {
        const entry = this.faqs[faqIndex] as IndexedFaq;
        const phrasings = entry.phrasings
          .map((phrasing) => ({ phrasing, similarity: this.similarity(weighted, totalWeight, phrasing, entry) }))
          .sort((a, b) => b.similarity - a.similarity);
        return { entry, faqIndex, phrasings, exact: phrasings[0]?.similarity ?? 0 };
      })
      .sort((a, b) => b.exact - a.exact || a.faqIndex - b.faqIndex)
      .slice(0, this.config.fuseCandidates);
    const fuzzy = this.fuzzyScores(
      shortlist.flatMap(({ phrasings }) =>
        phrasings.slice(0, this.config.fusePhrasings).map(({ phrasing }) => phrasing),
      ),
      weighted.map(({ term }) => term).join(' '),
    );
    const scored = shortlist.map(({ entry, faqIndex, exact }) => {
      const fuse = fuzzy.get(faqIndex) ?? 0;
      const score = (1 - this.config.fuseWeight) * exact + this.config.fuseWeight * fuse;
      return { faq: entry.faq, score: round(score) };
    });
    return scored.sort((a, b) => b.score - a.score || a.faq.id.localeCompare(b.faq.id));
  }

  private termWeight(term: string): number {
    if (!this.index.has(term)) return this.config.unknownTermWeight;
    return this.config.termWeightFloor + this.index.idf(term);
  }

  /** Fuse.js token search over the shortlisted phrasings: the best fuzzy similarity per FAQ. */
  private fuzzyScores(phrasings: Phrasing[], queryText: string): Map<number, number> {
    const documents = phrasings.map(({ faqIndex, terms }) => ({ faqIndex, text: terms.join(' ') }));
    const fuse = new Fuse(documents, { ...FUSE_OPTIONS, threshold: this.config.fuseThreshold });
    const best = new Map<number, number>();
    for (const result of fuse.search(queryText)) {
      const similarity = 1 - (result.score ?? 1);
      const faqIndex = result.item.faqIndex;
      if (similarity > (best.get(faqIndex) ?? 0)) best.set(faqIndex, similarity);
    }
    return best;
  }

  /** recall^a × precision^b over exact terms, with partial credit for keywords and sibling phrasings. */
  private similarity(
    weighted: ReadonlyArray<{ term: string; weight: number }>,
    totalWeight: number,
    phrasing: Phrasing,
    entry: IndexedFaq,
  ): number {
    let covered = 0;
    let sharedWeight = 0;
    for (const { term, weight } of weighted) {
      if (phrasing.terms.includes(term)) {
        covered += weight;
        sharedWeight += this.termWeight(term);
      } else if (entry.keywordTerms.has(term)) {
        covered += weight * this.config.keywordCredit;
      } else if (entry.allTerms.has(term)) {
        covered += weight * this.config.otherPhrasingCredit;
      }
    }
    if (covered === 0 || totalWeight === 0 || phrasing.weight === 0) return 0;
    const recall = covered / totalWeight;
    const precision = Math.min(1, sharedWeight / phrasing.weight);
    return recall ** this.config.recallExponent * precision ** this.config.precisionExponent;
  }

  band(
    ranked: ScoredFaq[],
    companySpecific: boolean,
    config: MatchConfig = this.config,
  ): Omit<MatchResult, 'query' | 'companySpecific'> {
    const { answerThreshold, suggestThreshold, closeCallMargin, maxSuggestions } = config;
    const [top, second] = ranked;
    const suggestions = ranked.filter(({ score }) => score >= suggestThreshold).slice(0, maxSuggestions);
    if (!top || top.score < suggestThreshold) return { band: 'no-match', match: null, suggestions: [] };
    const closeCall =
      second !== undefined && second.score >= suggestThreshold && top.score - second.score < closeCallMargin;
    if (top.score >= answerThreshold && !closeCall && !companySpecific) {
      return { band: 'answer', match: top, suggestions };
    }
    return { band: 'did-you-mean', match: null, suggestions };
  }
}

/** True when `run` appears in `list` as consecutive items. */
function containsRun(list: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= list.length; start++) {
    if (run.every((word, offset) => list[start + offset] === word)) return true;
  }
  return false;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
