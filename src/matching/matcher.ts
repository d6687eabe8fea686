import MiniSearch from 'minisearch';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { Analyzer, type QueryTerm, type Vocabulary } from './analyzer';
import { englishWords } from './english-words';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-config';
import { type QuestionKind, questionKind } from './question-kind';
import { SpellingCorrector } from './spelling';
import { stem } from './stem';
import { WORKPLACE_SYNONYMS } from './workplace-vocabulary';

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
  /**
   * True when the question asks for a particular fact or step ("which PEO do we use?") and the best FAQ only
   * explains the idea in general: the bot offers it, and points to HR for the particulars.
   */
  companySpecific: boolean;
}

/** The candidates with their confidence, best first, before banding (calibration sweeps this). */
export interface Scored {
  ranked: ScoredFaq[];
  /** The best FAQ explains in general, and the question asks for a particular fact. */
  companySpecific: boolean;
  /** Candidates that share a distinctive word with the question, best first, whatever their confidence. */
  distinctive: ScoredFaq[];
}

interface IndexedFaq {
  faq: Faq;
  /**
   * Its phrasings' terms, each with how much a full match of it counts: 1 for the question and alternates;
   * for a keyword, a little less, shared by the number of FAQs that list it (a keyword of one FAQ is strong
   * evidence, but the FAQ whose own question it is comes first).
   */
  phrasings: ReadonlyArray<{ terms: readonly string[]; strength: number }>;
  phrasingTerms: ReadonlySet<string>;
  categoryTerms: ReadonlySet<string>;
  answerTerms: ReadonlySet<string>;
  /** What its question and alternates ask for: explanations, particular facts, the asker's own case. */
  kinds: ReadonlySet<QuestionKind>;
}

interface SearchDocument {
  id: number;
  question: string;
  alternates: string;
  keywords: string;
  category: string;
  answer: string;
}

/**
 * Finds the FAQ a question is about, in two steps.
 *
 * 1. **Ranking**: MiniSearch's BM25 over every part of every FAQ (question, alternates, keywords, category
 *    and answer, each with its own boost), on terms that went through the same analysis as the question.
 * 2. **Confidence**: for the best few, how much of the question the FAQ covers (weighted by how rare each word
 *    is; a word only in the answer counts for less, a word the knowledge base never uses counts against),
 *    times how much of the FAQ's closest phrasing the question asks. The bands come from the confidence.
 */
export class Matcher {
  readonly kb: KnowledgeBase;
  private readonly config: MatchConfig;
  private readonly analyzer: Analyzer;
  private readonly vocabulary: Vocabulary;
  private readonly search: MiniSearch<SearchDocument>;
  private readonly faqs: IndexedFaq[];
  private readonly documentFrequency = new Map<string, number>();
  /** How many FAQs use a term in their question, alternates or keywords: the terms that name topics. */
  private readonly phrasingFrequency = new Map<string, number>();
  private readonly explainers: boolean;

  constructor(kb: KnowledgeBase, config: Partial<MatchConfig> = {}) {
    this.kb = kb;
    this.config = { ...DEFAULT_MATCH_CONFIG, ...kb.settings, ...config };
    this.analyzer = new Analyzer(mergeGroups(kb.synonyms.groups, WORKPLACE_SYNONYMS), kb.synonyms.stopwords);

    // Pass 1: the knowledge base's words, so that joined and split words can follow how it writes them.
    const faqWords = kb.faqs.map((faq) => ({
      question: this.analyzer.words(faq.question),
      alternates: faq.alternates.map((text) => this.analyzer.words(text)),
      keywords: faq.keywords.map((text) => this.analyzer.words(text)),
      category: this.analyzer.words(faq.category),
      answer: this.analyzer.words(faq.answer),
    }));
    const known = new Set<string>();
    const knownStems = new Set<string>();
    const targets = new Map<string, number>();
    for (const entry of faqWords) {
      const seen = new Set<string>();
      for (const list of [entry.question, ...entry.alternates, ...entry.keywords, entry.category, entry.answer]) {
        for (const word of list) seen.add(word);
      }
      for (const word of seen) {
        known.add(word);
        targets.set(word, (targets.get(word) ?? 0) + 1);
      }
    }
    for (const word of known) knownStems.add(stem(word));
    for (const word of [...this.analyzer.synonymWords, ...this.analyzer.fillerWords]) {
      if (!targets.has(word)) targets.set(word, 1);
    }
    const knows = (word: string) => known.has(word) || knownStems.has(stem(word));
    this.vocabulary = { knows, corrector: new SpellingCorrector(targets, englishWords()) };

    // Pass 2: terms per part of each FAQ, and the search index over them.
    const documents: SearchDocument[] = [];
    const terms = (list: readonly string[]) => this.analyzer.terms(list, this.vocabulary);
    const keywordTerms = faqWords.map((entry) => entry.keywords.map(terms).filter((list) => list.length > 0));
    const keywordFaqs = new Map<string, number>();
    for (const keywords of keywordTerms) {
      for (const key of new Set(keywords.map((list) => list.join(' ')))) {
        keywordFaqs.set(key, (keywordFaqs.get(key) ?? 0) + 1);
      }
    }
    this.faqs = kb.faqs.map((faq, id) => {
      const entry = faqWords[id] as (typeof faqWords)[number];
      const phrasingWords = [entry.question, ...entry.alternates];
      const own = phrasingWords.map(terms).filter((list) => list.length > 0);
      const keywords = keywordTerms[id] ?? [];
      const categoryTerms = terms(entry.category);
      const answerTerms = terms(entry.answer);
      documents.push({
        id,
        question: own[0]?.join(' ') ?? '',
        alternates: own.slice(1).flat().join(' '),
        keywords: keywords.flat().join(' '),
        category: categoryTerms.join(' '),
        answer: answerTerms.join(' '),
      });
      const phrasings = [
        ...own.map((list) => ({ terms: list, strength: 1 })),
        ...keywords.map((list) => ({
          terms: list,
          strength: this.config.keywordStrength / (keywordFaqs.get(list.join(' ')) ?? 1),
        })),
      ];
      const phrasingTerms = new Set(phrasings.flatMap((phrasing) => phrasing.terms));
      for (const term of phrasingTerms) this.phrasingFrequency.set(term, (this.phrasingFrequency.get(term) ?? 0) + 1);
      for (const term of new Set([...phrasingTerms, ...categoryTerms, ...answerTerms])) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
      const kinds = new Set(phrasingWords.map(questionKind));
      return {
        faq,
        phrasings,
        phrasingTerms,
        categoryTerms: new Set(categoryTerms),
        answerTerms: new Set(answerTerms),
        kinds,
      };
    });
    // A knowledge base whose FAQs rarely speak of the asker's own case is one of general explainers.
    const ownFaqs = this.faqs.filter(({ kinds }) => kinds.has('own')).length;
    this.explainers = ownFaqs < this.config.ownCaseShare * this.faqs.length;
    this.search = new MiniSearch<SearchDocument>({
      fields: ['question', 'alternates', 'keywords', 'category', 'answer'],
      tokenize: (text) => (text === '' ? [] : text.split(' ')),
      processTerm: (term) => term,
      searchOptions: { boost: this.config.boost, combineWith: 'OR' },
    });
    this.search.addAll(documents);
  }

  match(rawQuery: string): MatchResult {
    const scored = this.score(rawQuery);
    return { query: rawQuery, companySpecific: scored.companySpecific, ...this.band(scored) };
  }

  /** The candidate FAQs with their confidence, best first, before banding (calibration sweeps this). */
  score(rawQuery: string): Scored {
    const query = rawQuery.slice(0, this.config.maxQueryLength);
    const kind = questionKind(this.analyzer.words(query));
    return this.rank(this.analyzer.query(query, this.vocabulary), kind);
  }

  /**
   * Related questions for an answer card: the FAQ's own `related` list first, then the FAQs nearest to its
   * question.
   */
  related(faq: Faq, limit: number): Faq[] {
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
    return chosen;
  }

  band(scored: Scored, config: MatchConfig = this.config): Omit<MatchResult, 'query' | 'companySpecific'> {
    const { answerThreshold, suggestThreshold, closeCallMargin, maxSuggestions } = config;
    const { ranked, companySpecific, distinctive } = scored;
    const [top, second] = ranked;
    const suggestions = ranked.filter(({ score }) => score >= suggestThreshold);
    for (const candidate of distinctive) if (!suggestions.includes(candidate)) suggestions.push(candidate);
    if (!top || suggestions.length === 0) return { band: 'no-match', match: null, suggestions: [] };
    const offered = suggestions.slice(0, maxSuggestions);
    const closeCall = second !== undefined && top.score - second.score < closeCallMargin;
    if (top.score >= answerThreshold && !closeCall && !companySpecific && offered[0] === top) {
      return { band: 'answer', match: top, suggestions: offered };
    }
    return { band: 'did-you-mean', match: null, suggestions: offered };
  }

  private idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    const count = this.faqs.length;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  }

  private rank(terms: readonly QueryTerm[], kind: QuestionKind): Scored {
    const empty: Scored = { ranked: [], companySpecific: false, distinctive: [] };
    if (terms.length === 0) return empty;
    const corrected = new Set(terms.filter(({ corrected }) => corrected).map(({ term }) => term));
    const results = this.search.search(terms.map(({ term }) => term).join(' '), {
      boostTerm: (term) => (corrected.has(term) ? this.config.correctedWeight : 1),
    });
    if (results.length === 0) return empty;

    // Question words the knowledge base never uses count against every FAQ, with diminishing weight.
    const unknown = terms.filter(({ term }) => !this.documentFrequency.has(term)).length;
    const unseen = this.config.termWeightFloor + this.idf('');
    const unknownEach =
      unknown === 0 ? 0 : (unseen * this.config.unknownTermWeight * unknown ** this.config.unknownExponent) / unknown;
    // A word no FAQ names in its question, alternates or keywords (only in answers) is context, not topic.
    const weighted = terms.map(({ term, corrected: fixed }) => {
      const known = this.documentFrequency.has(term);
      const topical = this.phrasingFrequency.has(term);
      const weight = !known
        ? unknownEach
        : (this.config.termWeightFloor + this.idf(term)) * (topical ? 1 : this.config.contextWeight);
      return { term, weight: weight * (fixed ? this.config.correctedWeight : 1) };
    });
    const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
    const topSearch = results[0]?.score ?? 1;
    const candidates = results.slice(0, this.config.candidates).map((result) => {
      const entry = this.faqs[result.id as number] as IndexedFaq;
      const confidence = this.confidence(entry, weighted, total);
      // Rank by confidence, with the search score breaking near-ties between well-covered FAQs.
      const order = confidence + this.config.searchWeight * (result.score / topSearch);
      return { entry, score: round(confidence), order };
    });
    candidates.sort((a, b) => b.order - a.order || a.entry.faq.id.localeCompare(b.entry.faq.id));
    const ranked = candidates.map(({ entry, score }) => ({ faq: entry.faq, score }));
    // A word that names the topic of very few FAQs always earns those FAQs a suggestion.
    const distinctiveTerms = terms
      .map(({ term }) => term)
      .filter((term) => (this.phrasingFrequency.get(term) ?? Infinity) <= this.config.distinctiveFaqs);
    const distinctive = candidates
      .filter(({ entry }) => distinctiveTerms.some((term) => entry.phrasingTerms.has(term)))
      .map(({ entry }) => ranked.find((candidate) => candidate.faq === entry.faq) as ScoredFaq);
    const best = candidates[0]?.entry;
    const companySpecific = best !== undefined && !this.canAnswer(best.kinds, kind);
    return { ranked, companySpecific, distinctive };
  }

  /** Can an FAQ whose phrasings ask these kinds of question answer one of this kind outright? */
  private canAnswer(kinds: ReadonlySet<QuestionKind>, kind: QuestionKind): boolean {
    if (kind === 'explains' || kind === 'unmarked') return true;
    const explainsOnly = kinds.has('explains') && !kinds.has('fact') && !kinds.has('own');
    if (explainsOnly) return false;
    return kind === 'fact' || !this.explainers || kinds.has('own');
  }

  /**
   * For each of the FAQ's phrasings: how much of the question it covers (a word found only elsewhere in the
   * FAQ counts for less), times how much of the phrasing the question asks. The best phrasing wins.
   */
  private confidence(
    entry: IndexedFaq,
    weighted: ReadonlyArray<{ term: string; weight: number }>,
    total: number,
  ): number {
    if (total === 0) return 0;
    const { otherPhrasingCredit, categoryCredit, answerCredit, phrasingFloor } = this.config;
    // What each question word earns from the FAQ outside any one phrasing.
    const elsewhere = weighted.map(({ term, weight }) => {
      if (entry.phrasingTerms.has(term)) return weight * otherPhrasingCredit;
      if (entry.categoryTerms.has(term)) return weight * categoryCredit;
      if (entry.answerTerms.has(term)) return weight * answerCredit;
      return 0;
    });
    let best = 0;
    for (const { terms, strength } of entry.phrasings) {
      let covered = 0;
      weighted.forEach(({ term, weight }, index) => {
        covered += terms.includes(term) ? weight : (elsewhere[index] ?? 0);
      });
      let shared = 0;
      let all = 0;
      for (const term of terms) {
        const weight = this.config.termWeightFloor + this.idf(term);
        all += weight;
        if (weighted.some((entryTerm) => entryTerm.term === term)) shared += weight;
      }
      if (all === 0 || covered === 0) continue;
      const precision = (strength * shared) / all;
      best = Math.max(best, (covered / total) * (phrasingFloor + (1 - phrasingFloor) * precision));
    }
    return Math.min(1, best);
  }
}

/**
 * The knowledge base's own synonym groups, then the general workplace vocabulary less any phrase the
 * knowledge base already uses in a group of its own (its meaning wins).
 */
function mergeGroups(
  own: ReadonlyArray<readonly string[]>,
  general: ReadonlyArray<readonly string[]>,
): Array<readonly string[]> {
  const taken = new Set(own.flat().map((phrase) => phrase.toLowerCase()));
  const merged: Array<readonly string[]> = [...own];
  for (const group of general) {
    const left = group.filter((phrase) => !taken.has(phrase));
    if (left.length >= 2) merged.push(left);
  }
  return merged;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
