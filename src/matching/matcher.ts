import MiniSearch, { type Options } from 'minisearch';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { Analyzer, asksNothing, formNamed, type QueryTerm, type Vocabulary } from './analyzer';
import { answerProbability } from './answer-model';
import { Cues, type FoundCue, type SavedCues } from './cues';
import { englishWords } from './english-words';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-config';
import { FORM_NAME, normalize, POSSESSIVE_NAME, soleWord, splitJoined, words } from './normalize';
import {
  askedRole,
  askedThing,
  asksAnAction,
  asksAnothersRecord,
  asksAsAnEmployer,
  asksOfAMoment,
  asksOutsideHr,
  asksToJoin,
  namesAParticular,
  namesHouseholdStaff,
  namesJoining,
  PEOPLE,
  type QuestionKind,
  questionKind,
} from './question-kind';
import { SpellingCorrector } from './spelling';
import { stem } from './stem';
import { WordVectors } from './word-vectors';
import { WORKPLACE_CUES } from './workplace-concepts';
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
  /**
   * The best candidates in ranking order (the answered FAQ first when there is one): a later one may have the
   * higher confidence. Empty on no match.
   */
  suggestions: ScoredFaq[];
  /**
   * Under "Did you mean…?", the first suggestion is clearly the best, though not sure enough to answer
   * outright: the card shows the start of its answer. Always false in the other bands.
   */
  likely: boolean;
  /**
   * True when the question asks for a particular fact or step ("which PEO do we use?") and the best FAQ only
   * explains the idea in general: the bot offers it, and points to HR for the particulars.
   */
  asksParticulars: boolean;
  /**
   * True when, in particular, the question asks what the asker's own records say ("how many sick days have
   * I used?"), which no FAQ holds: the bot says it can't see those, and points to HR.
   */
  aboutOwnRecords: boolean;
  /**
   * True when the message asks the bot to do something ("can you approve my vacation request?"), which no FAQ
   * does: the bot offers the FAQs that may explain how, and points to HR.
   */
  asksAnAction: boolean;
}

/** The candidates with their confidence, in ranking order, before banding (calibration sweeps this). */
export interface Scored {
  ranked: ScoredFaq[];
  /** The best FAQ explains in general, and the question asks for a particular fact. */
  asksParticulars: boolean;
  /** The question asks what the asker's own records say, and the best FAQ is not phrased that way. */
  aboutOwnRecords: boolean;
  /** The message asks the bot to do something for the asker (see `asksAnAction`). */
  asksAnAction: boolean;
  /** Candidates that share a distinctive word with the question, best first, whatever their confidence. */
  distinctive: ScoredFaq[];
  /**
   * The question names a part of the best FAQ's topic that the FAQ never mentions ("the copay for urgent
   * care" against a medical plans FAQ that names neither): it may ask for a detail the FAQ doesn't hold, so
   * the FAQ is offered among the choices, neither answered outright nor previewed.
   */
  unmentionedPart?: boolean;
  /**
   * The question asks which thing ("which immigration law firm do we use?") and the best FAQ's phrasings
   * never name that kind of thing: it is offered among the choices, neither answered outright nor previewed.
   */
  unnamedThing?: boolean;
  /**
   * `exact` when the best FAQ is the one candidate with a question or alternate worded as asked, small words
   * included: HR wrote this very question under it, so it is answered.
   */
  wording?: 'exact';
  /** What speaks for answering the best candidate outright (see answerModel in match-config.ts). */
  evidence?: Evidence;
}

/** Measures of how surely the best candidate answers the question, each in [0, 1] (the margin in [−1, 1]). */
export interface Evidence {
  confidence: number;
  /** The best candidate's confidence less the surest other candidate's: below 0 when another is surer. */
  margin: number;
  /** Share of the question's weight in words the knowledge base never uses. */
  unknown: number;
  /** Share of the weight of the question's known words that the best FAQ has anywhere. */
  coverage: number;
  /** How rare the rarest question word in the best FAQ's phrasings is, against a word no FAQ uses. */
  distinctiveness: number;
  /** 1 for a one-word question, falling towards 0 for long ones. */
  brevity: number;
  /** 1 when a question word names the topic of the best FAQ and of no other. */
  unique: number;
  /** 1 when the best FAQ's phrasings ask the kind of question asked (how do I, what is, when, my own case…). */
  kindMatch: number;
  /** 1 when a workplace cue or related word read a topic into the question ("my nan died": bereavement). */
  cued: number;
  /** The best FAQ's search score against the best search score: 1 when the search library puts it first too. */
  searchShare: number;
}

export interface IndexedFaq {
  faq: Faq;
  /**
   * Its phrasings' terms, each with how much a full match of it counts: 1 for the question and alternates;
   * for a keyword, a little less, shared by the number of FAQs that list it (a keyword of one FAQ is strong
   * evidence, but the FAQ whose own question it is comes first).
   */
  phrasings: ReadonlyArray<{ terms: readonly string[]; strength: number }>;
  phrasingTerms: ReadonlySet<string>;
  categoryTerms: ReadonlySet<string>;
  /** Its place in the knowledge base, which is how the answer postings name it. */
  index: number;
  /** What its question and alternates ask for: explanations, particular facts, the asker's own case. */
  kinds: ReadonlySet<QuestionKind>;
}

/**
 * One weighted part of a question: a term the asker typed, or a cue's topic (any of its phrasings, each a
 * list of terms, counts as the topic being there).
 */
interface WeightedTerm {
  weight: number;
  /** The ways this part can be matched: one list with the term itself, or a cue's topic phrasings. */
  forms: ReadonlyArray<readonly string[]>;
}

export interface SearchDocument {
  id: number;
  question: string;
  alternates: string;
  keywords: string;
  category: string;
}

/**
 * A question scored with no candidate: one that asks nothing ("test", "that didn't help": see `asksNothing`),
 * or whose words no FAQ shares.
 */
const NO_CANDIDATES: Scored = {
  ranked: [],
  asksParticulars: false,
  aboutOwnRecords: false,
  asksAnAction: false,
  distinctive: [],
};

/** Names of days, months and holidays, which the possessive ("Friday's shift") makes no one's. */
const DAYS_AND_MONTHS = new Set(
  words(`monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday january february
    april june july august september october november december christmas xmas diwali eid hanukkah holi
    juneteenth ramadan`),
);

/** What is a person's own, not a place's or a company's ("Sara's phone", not "Ireland's bank holidays"). */
const PARTICULARS = new Set(
  words(`phone number mobile cell email address extension desk contact details birthday salary pay wages balance
    hours pto leave schedule rota shift shifts flight flights manager boss last start review file records`),
);

/** A name in the possessive and the word after it: "Sara's phone". */
const NAME_AND_THING = new RegExp(`${POSSESSIVE_NAME}\\s+(\\p{L}+)`, 'gu');

/**
 * The names a question gives in the possessive, capitalised, of a person's particulars ("what's Sara's phone
 * number?", "Dave Thompson's flights"), as analysed words.
 */
function personalParticulars(text: string): string[] {
  const named: string[] = [];
  for (const [, name, thing] of text.matchAll(NAME_AND_THING)) {
    if (name !== undefined && thing !== undefined && PARTICULARS.has(normalize(thing))) named.push(normalize(name));
  }
  return named;
}

/**
 * Finds the FAQ a question is about, in three steps.
 *
 * 1. **Candidates**: BM25 over every part of every FAQ, each with its own boost (MiniSearch for the question,
 *    alternates, keywords and category; the same formula over plain postings for answers), on terms that
 *    went through the same analysis as the question, plus the topics of any workplace cues it holds.
 * 2. **Confidence and ranking**: for the best few, how much of the question the FAQ's closest phrasing
 *    covers (a word found elsewhere in the FAQ counts for less, a word the knowledge base never uses counts
 *    against), times how much of that phrasing the question asks. The candidates are ranked by the same
 *    measure with the second part counting for less (`rankingPhrasingFloor`), plus how much of the question's
 *    wording a phrasing shares and the search score; confidence keeps the stricter measure.
 * 3. **Bands**: the answer model (answer-model.ts) turns the best candidate's evidence into the probability
 *    that it is right: answered at the threshold, else "Did you mean…?" with the candidates worth offering.
 */
export class Matcher {
  readonly kb: KnowledgeBase;
  private readonly config: MatchConfig;
  private readonly analyzer: Analyzer;
  private readonly vocabulary: Vocabulary;
  private readonly search: MiniSearch<SearchDocument>;
  /**
   * Answers hold most of a knowledge base's words, so they are not in the search library's index (building
   * it would take seconds at 10,000 FAQs: `npm run bench`) but in plain postings, scored the same way (BM25).
   */
  private readonly answerPostings: ReadonlyMap<string, Postings>;
  private readonly answerLengths: readonly number[];
  private readonly faqs: readonly IndexedFaq[];
  private readonly documentFrequency: ReadonlyMap<string, number>;
  /** How many FAQs use a term in their question, alternates or keywords: the terms that name topics. */
  private readonly phrasingFrequency: ReadonlyMap<string, number>;
  private readonly explainers: boolean;
  private readonly cues: Cues;
  /** The words of phrasings compared with questions lately (see `wordedAs`), to spare reading them again. */
  private readonly wordsOfPhrasing = new Map<string, string>();
  /** The stems of phrasings' words, for `wordingShared`, kept the same way. */
  private readonly stemsOfPhrasing = new Map<string, ReadonlySet<string>>();
  /** The words of FAQs for `byMeaning`, as places in the word vectors, read when first needed. */
  private readonly vectorWordsOfFaq = new Map<IndexedFaq, readonly number[]>();

  constructor(kb: KnowledgeBase, config: Partial<MatchConfig> = {}, built?: MatcherIndex) {
    this.kb = kb;
    this.config = { ...DEFAULT_MATCH_CONFIG, ...kb.settings, ...config };
    const index = built ?? buildNow(kb, this.config);
    this.analyzer = index.analyzer;
    this.vocabulary = index.vocabulary;
    this.search = index.search;
    this.answerPostings = index.answerPostings;
    this.answerLengths = index.answerLengths;
    this.faqs = index.faqs;
    this.documentFrequency = index.documentFrequency;
    this.phrasingFrequency = index.phrasingFrequency;
    this.explainers = index.explainers;
    this.cues = index.cues;
  }

  /**
   * Builds a matcher without holding the event loop: the work is done in slices, letting requests in between
   * (a reload of 10,000 FAQs takes seconds of work, but no request waits behind it).
   */
  static async build(kb: KnowledgeBase, config: Partial<MatchConfig> = {}): Promise<Matcher> {
    const full = { ...DEFAULT_MATCH_CONFIG, ...kb.settings, ...config };
    const steps = buildIndex(kb, full);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return new Matcher(kb, config, step.value);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  match(rawQuery: string): MatchResult {
    const scored = this.score(rawQuery);
    const { asksParticulars, aboutOwnRecords, asksAnAction } = scored;
    return { query: rawQuery, asksParticulars, aboutOwnRecords, asksAnAction, ...this.band(scored) };
  }

  /** The candidate FAQs with their confidence, in ranking order, before banding (calibration sweeps this). */
  score(rawQuery: string, { exactWording = true }: { exactWording?: boolean } = {}): Scored {
    const query = clipped(rawQuery, this.config.maxQueryLength);
    const read = this.analyzer.readText(query, this.vocabulary);
    if (asksNothing(read.words)) return NO_CANDIDATES;
    const words = read.folded;
    const typed = read.terms;
    // Cues as typed, and as read when reading changed a word: typos fixed ("new glases" → vision), words
    // joined or split as the FAQs write them, another language's function words dropped.
    const found = this.cues.find(words);
    const changed = read.words.length !== words.length || read.words.some((word, index) => word !== words[index]);
    if (changed) for (const cue of this.cues.find(read.words)) if (!found.includes(cue)) found.push(cue);
    const cues = found.filter((cue) => !this.namesOwnForm(cue));
    const asides = this.asides(query, words, typed);
    const thing = askedThing(read.words, (word) => this.analyzer.isFiller(word));
    const alone = thing === undefined ? undefined : this.analyzer.read([thing], this.vocabulary).terms[0]?.term;
    // A thing read into a longer phrase of the vocabulary ("which health plan…": health insurance) is asked
    // for as that phrase, which the FAQ's phrasings were read into the same way.
    // A role is read as a whole ("team lead": a manager), and asked for as the last of its terms.
    const role = thing === undefined ? askedRole(read.words, (word) => this.analyzer.isFiller(word)) : undefined;
    const named = role === undefined ? alone : this.analyzer.read(role, this.vocabulary).terms.at(-1)?.term;
    const thingTerm = typed.some(({ term }) => term === named) ? named : undefined;
    const allCues = [...cues, ...this.generalSynonyms(words, typed, cues)];
    // "what's Sara's phone number?", "did Dave Thompson's flights come through?": a person's particulars,
    // which no FAQ holds.
    const someone = personalParticulars(query).some(
      (name) => !this.vocabulary.has(name) && !englishWords().has(name) && !DAYS_AND_MONTHS.has(name),
    );
    return this.rank(typed, questionKind(words), allCues, asides, thingTerm, read.words, exactWording, someone);
  }

  /**
   * A cue that is a form or plan the knowledge base's own phrasings name ("457" or "457b" where an FAQ asks
   * about the 457(b) plan) points to that FAQ by itself; its general topic (a retirement plan) would pull
   * towards the knowledge base's other plans.
   */
  private namesOwnForm(cue: FoundCue): boolean {
    const [word, ...rest] = cue.stems;
    if (word === undefined || rest.length > 0 || !FORM_NAME.test(word)) return false;
    return this.phrasingFrequency.has(formNamed(word, this.vocabulary) ?? word);
  }

  /**
   * The terms that count for less than the topic's: in a message of several sentences with a question among
   * them, those found only in the other sentences ("hey so I've been a key holder at Highpoint for 2 yrs. How
   * do I apply for store manager?" is about applying for store manager; the rest is context), and the word
   * of "how long", "how often", "how soon", which says what kind of answer is wanted, not what it is about
   * ("can my probation be extended, and for how long?" is about extending probation, not its length).
   */
  private asides(query: string, words: readonly string[], typed: readonly QueryTerm[]): ReadonlySet<string> {
    const asides = new Set<string>();
    words.forEach((word, index) => {
      const next = words[index + 1];
      if (word !== 'how' || next === undefined || !HOW_QUANTITIES.has(next)) return;
      // (only a word said once: "how long until I get long service leave" is about long service leave)
      if (words.indexOf(next) !== index + 1 || words.lastIndexOf(next) !== index + 1) return;
      const term = this.analyzer.read([next], this.vocabulary).terms[0]?.term;
      if (term !== undefined) asides.add(term);
    });
    // "my manager keeps saying it in standups", "our team lead said…": who said it is context, not the topic
    words.forEach((word, index) => {
      if (!SPEECH.has(word)) return;
      const start = Math.max(0, index - 3);
      const owner = words
        .slice(start, index)
        .map((before) => OWNERS.has(before))
        .lastIndexOf(true);
      if (owner < 0) return;
      for (const person of words.slice(start + owner + 1, index)) {
        if (!PEOPLE.has(person)) continue;
        const term = this.analyzer.read([person], this.vocabulary).terms[0]?.term;
        if (term !== undefined) asides.add(term);
      }
    });
    const { sentences, question } = sentencesOf(query);
    if (sentences.length < 2 || question === undefined) return asides;
    const asked = new Set(this.analyzer.query(question, this.vocabulary).map(({ term }) => term));
    for (const { term } of typed) if (!asked.has(term)) asides.add(term);
    return asides;
  }

  /**
   * For each word the knowledge base never uses (and no workplace cue explains), the related words it does
   * use, from the `relatedWords` lexicon when one is given, as a topic at a low weight ("my buddy" → friend).
   */
  private generalSynonyms(
    words: readonly string[],
    typed: readonly QueryTerm[],
    cues: readonly FoundCue[],
  ): FoundCue[] {
    const { relatedWords, relatedWordWeight: weight } = this.config;
    if (!relatedWords) return [];
    const explained = new Set(cues.flatMap(({ stems }) => stems));
    const unknown = new Set(typed.map(({ term }) => term).filter((term) => !this.documentFrequency.has(term)));
    const found: FoundCue[] = [];
    for (const word of new Set(words)) {
      const term = stem(word);
      if (word.length < 3 || !unknown.has(term) || explained.has(term) || this.analyzer.isFiller(word)) continue;
      const topics = new Map<string, string[]>();
      for (const lemma of relatedWords(word)) {
        const terms = this.analyzer.terms(this.analyzer.words(lemma), this.vocabulary);
        if (terms.length > 0 && terms.every((part) => this.documentFrequency.has(part))) {
          topics.set(terms.join(' '), terms);
        }
      }
      if (topics.size > 0) found.push({ stems: [term], topics: [...topics.values()], weight });
    }
    return found;
  }

  /**
   * Related questions for an answer card: the FAQ's own `related` list first, then the FAQs nearest to its
   * question, as long as they are near enough to be worth offering for it (a candidate that merely shares a
   * common word, or none, is no related question).
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
      for (const { faq: near, score } of this.score(faq.question).ranked) {
        if (score >= this.config.suggestThreshold) add(near);
      }
    }
    return chosen;
  }

  band(
    scored: Scored,
    config: MatchConfig = this.config,
  ): Omit<MatchResult, 'query' | 'asksParticulars' | 'aboutOwnRecords' | 'asksAnAction'> {
    const { answerThreshold, likelyThreshold, suggestThreshold, closeCallMargin, maxSuggestions } = config;
    const { ranked, asksParticulars, distinctive } = scored;
    const [top, ...others] = ranked;
    // The runner-up is the surest of the others: candidates are ranked by fit, not by confidence alone.
    const second = surest(others);
    const suggestions = ranked.filter(({ score }) => score >= suggestThreshold);
    for (const candidate of distinctive) if (!suggestions.includes(candidate)) suggestions.push(candidate);
    if (!top || suggestions.length === 0) return { band: 'no-match', match: null, suggestions: [], likely: false };
    // Once there is something worth offering, the next likeliest candidates fill the remaining choices: the
    // question shares words with each, and a third button costs the asker less than a second question.
    for (const candidate of ranked) {
      if (suggestions.length >= maxSuggestions) break;
      if (candidate.score > 0 && !suggestions.includes(candidate)) suggestions.push(candidate);
    }
    const offered = suggestions.slice(0, maxSuggestions);
    const closeCall = second !== undefined && top.score - second.score < closeCallMargin;
    const probability = scored.evidence === undefined ? 0 : answerProbability(scored.evidence, config.answerModel);
    // Nor is an FAQ that never mentions the part of its topic, or the kind of thing, the question names
    // previewed as the answer.
    const clear =
      !closeCall &&
      !asksParticulars &&
      // (nor is an FAQ the answer to a request that the bot do something, unless HR wrote it as one of its
      // phrasings: see asWritten)
      !scored.asksAnAction &&
      !scored.unmentionedPart &&
      !scored.unnamedThing &&
      offered[0] === top;
    const asWritten = scored.wording === 'exact' && !asksParticulars && offered[0] === top;
    if ((clear && probability >= answerThreshold) || asWritten) {
      return { band: 'answer', match: top, suggestions: offered, likely: false };
    }
    return { band: 'did-you-mean', match: null, suggestions: offered, likely: clear && probability >= likelyThreshold };
  }

  /** The search library's BM25 over phrasings, keywords and category, plus BM25 over the answers' postings. */
  private retrieve(
    terms: readonly string[],
    boostTerm: (term: string) => number,
  ): Array<{ id: number; score: number }> {
    const scores = new Map<number, number>();
    for (const result of this.search.search(terms.join(' '), { boostTerm })) {
      scores.set(result.id as number, result.score);
    }
    const count = this.answerLengths.length;
    const average = this.answerLengths.reduce((sum, length) => sum + length, 0) / Math.max(1, count) || 1;
    const { k1, b } = ANSWER_BM25;
    for (const term of terms) {
      const postings = this.answerPostings.get(term);
      if (!postings) continue;
      const idf = Math.log(1 + (count - postings.length + 0.5) / (postings.length + 0.5));
      const weight = idf * boostTerm(term) * this.config.boost.answer;
      for (let at = 0; at < postings.length; at++) {
        const id = postings[at] as number;
        const norm = 1 - b + (b * (this.answerLengths[id] ?? 0)) / average;
        scores.set(id, (scores.get(id) ?? 0) + (weight * (k1 + 1)) / (1 + k1 * norm));
      }
    }
    return [...scores].map(([id, score]) => ({ id, score })).sort((x, y) => y.score - x.score || x.id - y.id);
  }

  private termWeightFloorPlusIdf(term: string): number {
    return this.config.termWeightFloor + this.idf(term);
  }

  private idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    const count = this.faqs.length;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  }

  private rank(
    typed: readonly QueryTerm[],
    kind: QuestionKind,
    cues: readonly FoundCue[],
    asides: ReadonlySet<string> = new Set(),
    thing?: string,
    asked: readonly string[] = [],
    exactWording = true,
    someone = false,
  ): Scored {
    // A word the knowledge base never uses, but which is a cue to a topic it has, is explained by the cue.
    const explained = new Set(cues.flatMap(({ stems }) => stems));
    const terms = typed.filter(({ term }) => this.documentFrequency.has(term) || !explained.has(term));
    if (terms.length === 0 && cues.length === 0) return NO_CANDIDATES;
    const corrected = new Set(terms.filter(({ corrected }) => corrected).map(({ term }) => term));
    const typedTerms = new Set(terms.map(({ term }) => term));
    const cueTerms = new Map<string, number>();
    for (const { topics, weight = this.config.cueWeight } of cues) {
      for (const term of topics.flat()) {
        if (!typedTerms.has(term)) cueTerms.set(term, Math.max(cueTerms.get(term) ?? 0, weight));
      }
    }
    const boostTerm = (term: string) => cueTerms.get(term) ?? (corrected.has(term) ? this.config.correctedWeight : 1);
    const results = this.retrieve([...typedTerms, ...cueTerms.keys()], boostTerm);
    if (results.length === 0) return NO_CANDIDATES;

    // Question words the knowledge base never uses count against every FAQ, with diminishing weight.
    const unknown = terms.filter(({ term }) => !this.documentFrequency.has(term)).length;
    const unseen = this.config.termWeightFloor + this.idf('');
    const unknownEach =
      unknown === 0 ? 0 : (unseen * this.config.unknownTermWeight * unknown ** this.config.unknownExponent) / unknown;
    // A word no FAQ names in its question, alternates or keywords (only in answers) is context, not topic.
    const weighted: WeightedTerm[] = terms.map(({ term, corrected: fixed }) => {
      const known = this.documentFrequency.has(term);
      const topical = this.phrasingFrequency.has(term);
      const weight = !known
        ? unknownEach
        : (this.config.termWeightFloor + this.idf(term)) * (topical ? 1 : this.config.contextWeight);
      const aside = asides.has(term) ? this.config.asideWeight : 1;
      return { forms: [[term]], weight: aside * weight * (fixed ? this.config.correctedWeight : 1) };
    });
    for (const { topics, weight = this.config.cueWeight } of cues) {
      if (topics.some((topic) => topic.every((term) => typedTerms.has(term)))) continue;
      const weights = topics.map((topic) => Math.max(...topic.map((term) => this.termWeightFloorPlusIdf(term))));
      const mean = weights.reduce((sum, value) => sum + value, 0) / weights.length;
      weighted.push({ forms: topics, weight: mean * weight });
    }
    const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
    const topSearch = results[0]?.score ?? 1;
    const question = new Set(asked.map(stem));
    const { searchWeight, wordingWeight } = this.config;
    const candidates = results.slice(0, this.config.candidates).map((result) => {
      const entry = this.faqs[result.id as number] as IndexedFaq;
      // Rank by how well the FAQ covers the question, a phrasing longer than the question mattering less than
      // it does for confidence, then by how much of the question's wording, small words included, one of its
      // phrasings shares, with the search score breaking near-ties.
      const { confidence, fit } = this.confidence(entry, weighted, total);
      const search = result.score / topSearch;
      const order = fit + wordingWeight * this.wordingShared(entry, question) + searchWeight * search;
      return { entry, score: round(confidence), order, search };
    });
    candidates.sort(byOrder);
    this.byMeaning(candidates, asked);
    const wording = this.byWording(candidates, asked, exactWording);
    const ranked = candidates.map(({ entry, score }) => ({ faq: entry.faq, score }));
    // A word that names the topic of very few FAQs always earns those FAQs a suggestion.
    const distinctiveTerms = [...typedTerms].filter(
      (term) => (this.documentFrequency.get(term) ?? Infinity) <= this.config.distinctiveFaqs,
    );
    const hasTerm = (entry: IndexedFaq, term: string) =>
      entry.phrasingTerms.has(term) || this.inAnswer(entry, term) || entry.categoryTerms.has(term);
    const distinctive = candidates
      .filter(({ entry }) => distinctiveTerms.some((term) => hasTerm(entry, term)))
      .map(({ entry }) => ranked.find((candidate) => candidate.faq === entry.faq) as ScoredFaq);
    const best = candidates[0]?.entry;
    // ("what was last year's average raise?", "who's on standby this weekend?" ask for a value of one moment,
    // which only an FAQ asked that way holds; its phrasings are read as the question was, and remembered)
    const phrased = (reads: (phrasing: readonly string[]) => boolean) =>
      best !== undefined &&
      [best.faq.question, ...best.faq.alternates].some((text) => reads(this.readPhrasing(text).split(' ')));
    const ofAMoment = best !== undefined && asksOfAMoment(asked) && !phrased(asksOfAMoment);
    // ("my domestic worker is pregnant, how much leave must I give her?" asks as an employer, which only an FAQ
    // about household staff answers)
    const asEmployer = best !== undefined && asksAsAnEmployer(asked) && !phrased(namesHouseholdStaff);
    // ("how do you say 'thank you' in te reo?", "how many staff does the bank have?" ask what no policy holds)
    const outsideHr = best !== undefined && asksOutsideHr(asked) && !phrased(asksOutsideHr);
    // ("how much holiday has my team lead got left?" asks another's records: no FAQ holds them, however its
    // phrasings ask about the asker's own)
    const anothersRecord = best !== undefined && asksAnothersRecord(asked) && !phrased(asksAnothersRecord);
    // ("how do I join the union?" asks how to join, which only an FAQ about joining answers)
    const joining = best !== undefined && asksToJoin(asked) && !phrased(namesJoining);
    const asksParticulars =
      best !== undefined &&
      (someone ||
        ofAMoment ||
        asEmployer ||
        outsideHr ||
        anothersRecord ||
        joining ||
        !this.canAnswer(best.kinds, kind, namesAParticular(asked)));
    const aboutOwnRecords = asksParticulars && kind === 'record';
    const evidence = best ? this.evidence(best, terms, weighted, total, candidates, kind, cues.length > 0) : undefined;
    const unmentionedPart =
      best !== undefined &&
      cues.some(
        ({ part, topics }) =>
          part !== undefined &&
          topics.some((topic) => topic.every((term) => hasTerm(best, term))) &&
          !part.every((term) => hasTerm(best, term)),
      );
    // "Which hotel are we staying at for the offsite?": an offsite FAQ whose phrasings never name a hotel
    // may mention hotels, but it is not about which one.
    const unnamedThing =
      best !== undefined && thing !== undefined && !best.phrasingTerms.has(thing) && !best.categoryTerms.has(thing);
    return {
      ranked,
      asksParticulars,
      aboutOwnRecords,
      asksAnAction: asksAnAction(asked),
      distinctive,
      unmentionedPart,
      unnamedThing,
      wording,
      evidence,
    };
  }

  /**
   * Reorders the best few candidates, those within a hair of the first, by how near in meaning each FAQ's
   * words come to the question's (see word-vectors.ts): of FAQs that cover the question's words about as
   * well, the one about what was meant ("where can my team present slides, need a room": the FAQ on booking
   * meeting rooms, not the one on guests in staff rooms).
   */
  private byMeaning(candidates: Array<{ entry: IndexedFaq; order: number }>, asked: readonly string[]): void {
    const { meaningWeight, meaningCandidates, meaningWindow } = this.config;
    // (most questions have a clear lead: they read neither the vectors nor their own words into them)
    const first = candidates[0]?.order ?? 0;
    const top = candidates.slice(0, meaningCandidates).filter(({ order }) => order >= first - meaningWindow);
    const vectors = meaningWeight > 0 && top.length > 1 ? WordVectors.shipped() : null;
    if (vectors === null) return;
    const question = this.vectorWords(vectors, asked);
    if (question.length === 0) return;
    for (const candidate of top) {
      candidate.order += meaningWeight * vectors.nearness(question, this.faqVectorWords(vectors, candidate.entry));
    }
    top.sort(byOrder);
    candidates.splice(0, top.length, ...top);
  }

  /** The words the vectors know, small words left out, each once. */
  private vectorWords(vectors: WordVectors, words: readonly string[]): number[] {
    const found = new Set<number>();
    for (const word of words) {
      if (this.analyzer.isFiller(word)) continue;
      const at = vectors.find(word);
      if (at >= 0) found.add(at);
    }
    return [...found];
  }

  /** An FAQ's words for `byMeaning`: its phrasings, keywords, category and answer, read when first needed. */
  private faqVectorWords(vectors: WordVectors, entry: IndexedFaq): readonly number[] {
    return remembered(this.vectorWordsOfFaq, entry, () => {
      const { question, alternates, keywords, category, answer } = entry.faq;
      const text = [question, ...alternates, ...keywords, category, answer].join('\n');
      return this.vectorWords(vectors, this.analyzer.words(text));
    });
  }

  /**
   * Puts first the FAQ that HR wrote this very question under: the one candidate with a question or
   * alternate worded as asked, small words included ("eap hotline" is the EAP FAQ's, even where "hotline"
   * leans towards the ethics line). (Short of that, how much of the wording a phrasing shares is part of
   * every candidate's ranking: see `wordingWeight`.)
   */
  private byWording(
    candidates: Array<{ entry: IndexedFaq; score: number }>,
    asked: readonly string[],
    exactWording: boolean,
  ): Scored['wording'] {
    if (!exactWording || candidates.length === 0 || asked.length === 0) return undefined;
    const typed = asked.join(' ');
    const exact = candidates.filter(({ entry }) => this.wordedAs(entry, typed));
    const [only] = exact;
    if (only === undefined || exact.length !== 1) return undefined;
    candidates.splice(candidates.indexOf(only), 1);
    candidates.unshift(only);
    return 'exact';
  }

  /** Does one of the FAQ's phrasings have these words, in this order, read as a question's words are? */
  private wordedAs(entry: IndexedFaq, typed: string): boolean {
    for (const text of [entry.faq.question, ...entry.faq.alternates]) {
      // (markup and punctuation aside, a phrasing of the same words is about as long: most are never split)
      if (Math.abs(text.length - typed.length) > typed.length / 2 + 4) continue;
      if (this.readPhrasing(text) === typed) return true;
    }
    return false;
  }

  /**
   * A phrasing's words read as a question's are, joined by spaces: words joined or split as the FAQs write
   * them, the addressee of a greeting dropped.
   */
  private readPhrasing(text: string): string {
    return remembered(this.wordsOfPhrasing, text, () => this.analyzer.readText(text, this.vocabulary).words.join(' '));
  }

  /** The largest share (Jaccard) of the question's words, as stems, that one of the FAQ's phrasings has. */
  private wordingShared(entry: IndexedFaq, question: ReadonlySet<string>): number {
    let best = 0;
    for (const text of [entry.faq.question, ...entry.faq.alternates]) {
      // (a phrasing's words as written, not read as the question's are: reading every candidate's phrasings
      // made a query at 10,000 FAQs 0.58 -> 0.77 ms in the bench, for the same ranking on every evaluation set)
      const phrasing = remembered(this.stemsOfPhrasing, text, () => new Set(this.analyzer.words(text).map(stem)));
      let shared = 0;
      for (const word of phrasing) if (question.has(word)) shared += 1;
      best = Math.max(best, shared / (question.size + phrasing.size - shared));
    }
    return best;
  }

  private evidence(
    best: IndexedFaq,
    terms: readonly QueryTerm[],
    weighted: readonly WeightedTerm[],
    total: number,
    candidates: ReadonlyArray<{ score: number; search: number }>,
    kind: QuestionKind,
    cued: boolean,
  ): Evidence {
    const confidence = candidates[0]?.score ?? 0;
    let unknownWeight = 0;
    let knownWeight = 0;
    let knownCovered = 0;
    for (const { forms, weight } of weighted) {
      const [first] = forms;
      if (forms.length === 1 && first?.length === 1 && !this.documentFrequency.has(first[0] as string)) {
        unknownWeight += weight;
        continue;
      }
      knownWeight += weight;
      const has = (term: string) =>
        best.phrasingTerms.has(term) || this.inAnswer(best, term) || best.categoryTerms.has(term);
      if (forms.some((form) => form.every(has))) knownCovered += weight;
    }
    const inPhrasings = terms.filter(({ term }) => best.phrasingTerms.has(term)).map(({ term }) => this.idf(term));
    return {
      confidence,
      margin: confidence - (surest(candidates.slice(1))?.score ?? 0),
      unknown: total === 0 ? 0 : unknownWeight / total,
      coverage: knownWeight === 0 ? 0 : knownCovered / knownWeight,
      distinctiveness: inPhrasings.length === 0 ? 0 : Math.max(...inPhrasings) / this.idf(''),
      brevity: 1 / Math.max(1, terms.length),
      unique: terms.some(({ term }) => best.phrasingTerms.has(term) && this.phrasingFrequency.get(term) === 1) ? 1 : 0,
      kindMatch: best.kinds.has(kind) ? 1 : 0,
      // (any cue found, its topic typed or not: measured, counting only the cues that add a topic did worse)
      cued: cued ? 1 : 0,
      searchShare: candidates[0]?.search ?? 0,
    };
  }

  /** Does the FAQ's answer hold this term? */
  private inAnswer(entry: IndexedFaq, term: string): boolean {
    return holds(this.answerPostings.get(term), entry.index);
  }

  /** Can an FAQ whose phrasings ask these kinds of question answer one of this kind outright? */
  private canAnswer(kinds: ReadonlySet<QuestionKind>, kind: QuestionKind, particular: boolean): boolean {
    if (kind === 'explains' || kind === 'unmarked') return true;
    // What the asker's own records say (a balance, a claim's progress) is in HR's systems, not in an FAQ,
    // unless the FAQ is phrased as that very question.
    if (kind === 'record') return kinds.has('record');
    // An FAQ that only explains ("What is a uniform allowance?") holds no particular fact ("when is it
    // paid?", "which PEO do we use?"). In a company's own policy FAQ it still explains the company's policy,
    // so it answers a question about the asker's own case that names no particular ("do we get reimbursed for
    // safety boots?"); among general explainers it doesn't ("are we on a PEO?" against "What is a PEO?").
    const explainsOnly = kinds.has('explains') && !kinds.has('fact') && !kinds.has('own');
    if (explainsOnly) return kind === 'own' && !particular && !this.explainers;
    return kind === 'fact' || !this.explainers || kinds.has('own');
  }

  /**
   * For each of the FAQ's phrasings: how much of the question it covers (a word found only elsewhere in the
   * FAQ counts for less), times how much of the phrasing the question asks. The best phrasing wins. Gives two
   * values: the confidence, and the fit the candidates are ranked by, in which the second part counts for less.
   */
  private confidence(
    entry: IndexedFaq,
    weighted: readonly WeightedTerm[],
    total: number,
  ): { confidence: number; fit: number } {
    if (total === 0) return { confidence: 0, fit: 0 };
    const { otherPhrasingCredit, categoryCredit, answerCredit, phrasingFloor, rankingPhrasingFloor } = this.config;
    const within = (set: ReadonlySet<string>, form: readonly string[]) => form.every((term) => set.has(term));
    // What each part of the question earns from the FAQ outside any one phrasing.
    const elsewhere = weighted.map(({ forms, weight }) => {
      if (forms.some((form) => within(entry.phrasingTerms, form))) return weight * otherPhrasingCredit;
      if (forms.some((form) => within(entry.categoryTerms, form))) return weight * categoryCredit;
      if (forms.some((form) => form.every((term) => this.inAnswer(entry, term)))) return weight * answerCredit;
      return 0;
    });
    let best = 0;
    let bestFit = 0;
    for (const { terms, strength } of entry.phrasings) {
      const inPhrasing = new Set(terms);
      const asked = new Set<string>();
      let covered = 0;
      weighted.forEach(({ forms, weight }, index) => {
        const form = forms.find((candidate) => within(inPhrasing, candidate));
        if (form) {
          covered += weight;
          for (const term of form) asked.add(term);
        } else {
          covered += elsewhere[index] ?? 0;
        }
      });
      // "Is FMLA paid, or is that the parental leave thing?" asks how the two compare as surely as "FMLA vs
      // paid parental leave" does: a question naming all that a comparison of two things names asks for it.
      const comparison = inPhrasing.has(COMPARISON) && inPhrasing.size >= 3;
      if (comparison && terms.every((term) => term === COMPARISON || asked.has(term))) asked.add(COMPARISON);
      let shared = 0;
      let all = 0;
      for (const term of terms) {
        const weight = this.termWeightFloorPlusIdf(term);
        all += weight;
        if (asked.has(term)) shared += weight;
      }
      if (all === 0 || covered === 0) continue;
      const precision = (strength * shared) / all;
      best = Math.max(best, (covered / total) * (phrasingFloor + (1 - phrasingFloor) * precision));
      bestFit = Math.max(bestFit, (covered / total) * (rankingPhrasingFloor + (1 - rankingPhrasingFloor) * precision));
    }
    return { confidence: Math.min(1, best), fit: Math.min(1, bestFit) };
  }
}

/** The words of "how long", "how often"…: the kind of answer a question wants ("much" and "many" are filler). */
const HOW_QUANTITIES = new Set(['long', 'often', 'soon', 'far']);
/** Verbs that report what someone said: the one who said it is not what the question is about. */
const SPEECH = new Set(['said', 'says', 'saying', 'mentioned', 'mentions', 'mentioning', 'told', 'tells', 'suggested']);
const OWNERS = new Set(['my', 'our', 'the']);

/** A message's sentences, and the one that asks: the last with a "?". */
function sentencesOf(text: string): { sentences: string[]; question: string | undefined } {
  const sentences = text.split(/(?<=[.!?\n])\s+/).filter((part) => part.trim() !== '');
  return { sentences, question: [...sentences].reverse().find((part) => part.includes('?')) };
}

/**
 * A message cut to the length the matcher reads. A long message says what it asks last ("…so I signed up for
 * a gym. How much is the wellbeing allowance?"): its last sentence with a "?" is kept whole, after as much of
 * its start as still fits, rather than cut off.
 */
function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const asks = sentencesOf(text).question;
  if (asks === undefined || asks.length >= max / 2 || text.lastIndexOf(asks) + asks.length <= max) {
    return text.slice(0, max);
  }
  return `${text.slice(0, max - asks.length - 1)} ${asks}`;
}

/** How many phrasings' words `wordedAs` remembers: a few thousand strings, the phrasings most often near the top. */
const PHRASING_CACHE_LIMIT = 5000;

/** The surest of these candidates (the highest confidence, the first of equals); undefined for none. */
export function surest<T extends { score: number }>(candidates: readonly T[]): T | undefined {
  return candidates.reduce<T | undefined>((best, each) => (best && best.score >= each.score ? best : each), undefined);
}

/** Candidates in ranking order: the higher order first, ties by FAQ id so the order never depends on the index. */
function byOrder(a: { entry: IndexedFaq; order: number }, b: { entry: IndexedFaq; order: number }): number {
  return b.order - a.order || a.entry.faq.id.localeCompare(b.entry.faq.id);
}

/** A phrasing's (or an FAQ's) value from the cache, made and kept when missing; a full cache starts again empty. */
function remembered<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  const kept = cache.get(key);
  if (kept !== undefined) return kept;
  if (cache.size >= PHRASING_CACHE_LIMIT) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

/** The term of the workplace vocabulary's comparison words ("vs", "difference between", "compared to"). */
const COMPARISON = 'vs';

/** Do a term's postings (FAQ indexes in ascending order, as the build adds them) hold this FAQ? */
function holds(postings: Postings | undefined, id: number): boolean {
  if (postings === undefined) return false;
  let low = 0;
  let high = postings.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = postings[middle] as number;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A cue word this long that is one typo from a knowledge base word is a misspelling of that word. */
const MISSPELT_CUE_LENGTH = 6;

/** FAQs analysed between two slices of a gentle build. */
const CHUNK = 250;

interface FaqWords {
  question: string[];
  alternates: string[][];
  keywords: string[][];
  category: string[];
}

/** FAQs' places in ascending order: a list as a build makes it, or a view of one typed array as a saved index holds it. */
export type Postings = ArrayLike<number>;

/**
 * What the build works out from the knowledge base's text: plain data, the slow part of a build, which a
 * saved index holds (index-cache.ts). The rest of a matcher is made from it in moments.
 */
export interface IndexData {
  /** Every word the knowledge base uses, as the analyser reads it (British spellings folded, Spanish in English). */
  known: Set<string>;
  /** The words of the FAQs' questions, alternates, keywords and categories: the ones two typed words join into. */
  phrasingWords: Set<string>;
  /** The words a typo may be corrected to, with how many FAQs use each. */
  targets: Map<string, number>;
  search: MiniSearch<SearchDocument>;
  /** Per answer term, the places of the FAQs whose answers hold it, in ascending order. */
  answerPostings: ReadonlyMap<string, Postings>;
  answerLengths: number[];
  faqs: IndexedFaq[];
  documentFrequency: Map<string, number>;
  phrasingFrequency: Map<string, number>;
  explainers: boolean;
}

/** Everything a matcher is built from, so it can be built in one go, in slices, or from a saved index. */
export interface MatcherIndex extends Omit<IndexData, 'known' | 'phrasingWords' | 'targets'> {
  analyzer: Analyzer;
  vocabulary: Vocabulary;
  cues: Cues;
}

function buildNow(kb: KnowledgeBase, config: MatchConfig): MatcherIndex {
  return runToEnd(buildIndex(kb, config));
}

/** A build's slices done one after another, at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Analyses every FAQ and builds the indexes, yielding between slices of work. The FAQs' words come first,
 * so that joined and split words, and typo correction, can follow how the knowledge base writes them.
 */
export function* buildIndex(kb: KnowledgeBase, config: MatchConfig): Generator<void, MatcherIndex> {
  // Setting up the analyser and completing the index are each a slice of their own: each takes a good part
  // of a second on a slow machine, and would hold the event loop that much longer with the FAQs' first or
  // last slice.
  const analyzer = analyzerFor(kb);
  yield;
  const data = yield* indexData(kb, config, analyzer);
  yield;
  return completeIndex(analyzer, data);
}

/**
 * The text pipeline for a knowledge base: its own synonyms and stopwords with the workplace vocabulary, and
 * its one-word keywords, alternates and categories kept as terms.
 */
export function analyzerFor(kb: KnowledgeBase, own: readonly string[] = ownWords(kb)): Analyzer {
  return new Analyzer(mergeGroups(kb.synonyms.groups, WORKPLACE_SYNONYMS), kb.synonyms.stopwords, own);
}

/**
 * The words the knowledge base keeps as terms: a keyword, alternate or category of one word ("ESTA", "EL",
 * "Super") is that word as a term, whatever else it may be; the words of a longer one ("DE 4", a form) are
 * read as usual. (A saved index holds them: at 10,000 FAQs, finding them is a tenth of a second.)
 */
export function ownWords(kb: KnowledgeBase): string[] {
  const own = new Set<string>();
  for (const { keywords, alternates, category } of kb.faqs) {
    for (const phrase of [...keywords, ...alternates, category]) {
      const word = soleWord(phrase);
      if (word !== undefined) own.add(word);
    }
  }
  return [...own];
}

/** The search library as the matcher sets it up, for a new index or a saved one. */
export function searchOptions(config: MatchConfig): Options<SearchDocument> {
  return {
    fields: ['question', 'alternates', 'keywords', 'category'],
    tokenize: (text) => splitJoined(text),
    processTerm: (term) => term,
    searchOptions: { boost: config.boost, combineWith: 'OR' },
  };
}

/** The slow part of a build: every FAQ analysed and indexed, a slice at a time (see `buildIndex`). */
export function* indexData(kb: KnowledgeBase, config: MatchConfig, analyzer: Analyzer): Generator<void, IndexData> {
  const answerPostings = new Map<string, number[]>();
  const answerLengths: number[] = [];
  const documentFrequency = new Map<string, number>();
  const phrasingFrequency = new Map<string, number>();

  // Pass 1: the knowledge base's words, so that joined and split words can follow how it writes them.
  // Answers are most of the text and are analysed plainly (too long for joined words to matter), so they
  // are indexed here at once, and only the phrasings' words wait for pass 2.
  const faqWords: Array<FaqWords | undefined> = [];
  const known = new Set<string>();
  const phrasingWords = new Set<string>();
  const inAnswers = new Map<string, number>();
  const targets = new Map<string, number>();
  for (const [id, faq] of kb.faqs.entries()) {
    if (id > 0 && id % CHUNK === 0) yield;
    const entry: FaqWords = {
      question: analyzer.words(faq.question),
      alternates: faq.alternates.map((text) => analyzer.words(text)),
      keywords: faq.keywords.map((text) => analyzer.words(text)),
      category: analyzer.words(faq.category),
    };
    faqWords.push(entry);
    const seen = new Set<string>();
    for (const list of [entry.question, ...entry.alternates, ...entry.keywords, entry.category]) {
      for (const word of list) seen.add(word);
    }
    for (const text of [faq.question, ...faq.alternates, ...faq.keywords]) {
      for (const word of smallWordCompounds(text, analyzer)) seen.add(word);
    }
    for (const word of seen) {
      targets.set(word, (targets.get(word) ?? 0) + 1);
      known.add(word);
      phrasingWords.add(word);
    }
    const answer = analyzer.plainTerms(faq.answer);
    for (const word of answer.words) {
      inAnswers.set(word, (inAnswers.get(word) ?? 0) + 1);
      known.add(word);
    }
    // FAQs are added in index order and an answer's terms are distinct, so each term's postings are in
    // ascending order without repeats, as `inAnswer` needs to search them.
    for (const term of answer.terms) {
      const list = answerPostings.get(term);
      if (list) list.push(id);
      else answerPostings.set(term, [id]);
    }
    answerLengths.push(answer.terms.length);
  }
  // Typos are corrected to words of questions, alternates, keywords and categories, and to words that
  // several answers use: a word found in one answer only is rarely what a question means.
  for (const [word, count] of inAnswers) {
    if (count >= 2 || targets.has(word)) targets.set(word, (targets.get(word) ?? 0) + count);
  }
  for (const word of [...analyzer.synonymWords, ...analyzer.correctableFillers]) {
    if (!targets.has(word)) targets.set(word, 1);
  }
  // Every term of the knowledge base is a stem, so a word is known when its stem is one of them.
  // Questions only are corrected, so the corrector comes last, when the cues' words are known too.
  const vocabulary = vocabularyOf(known, documentFrequency, phrasingWords);

  // Pass 2: terms per part of each FAQ, and the search index over them, added a slice at a time.
  const search = new MiniSearch<SearchDocument>(searchOptions(config));
  let documents: SearchDocument[] = [];
  const terms = (list: readonly string[]) => analyzer.terms(list, vocabulary);
  const keywordTerms = faqWords.map((entry) => (entry?.keywords ?? []).map(terms).filter((list) => list.length > 0));
  const keywordFaqs = new Map<string, number>();
  for (const keywords of keywordTerms) {
    for (const key of new Set(keywords.map((list) => list.join(' ')))) {
      keywordFaqs.set(key, (keywordFaqs.get(key) ?? 0) + 1);
    }
  }
  const faqs: IndexedFaq[] = [];
  // Many FAQs share a category and the same kinds of phrasing: one analysis and one set for each. A category's
  // terms can't depend on when they are worked out: all its words are in the vocabulary already (pass 1).
  const categories = new Map<string, { list: string[]; set: ReadonlySet<string> }>();
  const kindSets = new Map<string, ReadonlySet<QuestionKind>>();
  for (const [id, faq] of kb.faqs.entries()) {
    if (id > 0 && id % CHUNK === 0) {
      search.addAll(documents);
      documents = [];
      yield;
    }
    const entry = faqWords[id];
    if (entry === undefined) continue;
    // Each FAQ's words are needed once more, here: letting them go keeps peak memory down.
    faqWords[id] = undefined;
    const phrasingWords = [entry.question, ...entry.alternates];
    const own = phrasingWords.map(terms).filter((list) => list.length > 0);
    const keywords = keywordTerms[id] ?? [];
    const categoryKey = entry.category.join(' ');
    let category = categories.get(categoryKey);
    if (category === undefined) {
      const list = terms(entry.category);
      category = { list, set: new Set(list) };
      categories.set(categoryKey, category);
    }
    const categoryTerms = category.list;
    documents.push({
      id,
      question: own[0]?.join(' ') ?? '',
      alternates: own.slice(1).flat().join(' '),
      keywords: keywords.flat().join(' '),
      category: categoryTerms.join(' '),
    });
    const phrasings = [
      ...own.map((list) => ({ terms: list, strength: 1 })),
      ...keywords.map((list) => ({
        terms: list,
        strength: config.keywordStrength / (keywordFaqs.get(list.join(' ')) ?? 1),
      })),
    ];
    const phrasingTerms = new Set(phrasings.flatMap((phrasing) => phrasing.terms));
    for (const term of phrasingTerms) phrasingFrequency.set(term, (phrasingFrequency.get(term) ?? 0) + 1);
    // Answer terms are counted from their postings below; here only the terms an answer lacks.
    const inAnswer = (term: string) => holds(answerPostings.get(term), id);
    for (const term of phrasingTerms) {
      if (!inAnswer(term)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    for (const term of category.set) {
      if (!inAnswer(term) && !phrasingTerms.has(term)) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    const kindList = [...new Set(phrasingWords.map(questionKind))].sort();
    const kindKey = kindList.join(' ');
    let kinds = kindSets.get(kindKey);
    if (kinds === undefined) {
      kinds = new Set(kindList);
      kindSets.set(kindKey, kinds);
    }
    faqs.push({ faq, index: id, phrasings, phrasingTerms, categoryTerms: category.set, kinds });
  }
  for (const [term, postings] of answerPostings) {
    documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + postings.length);
  }
  // A knowledge base whose FAQs rarely speak of the asker's own case is one of general explainers.
  const ownFaqs = faqs.filter(({ kinds }) => kinds.has('own')).length;
  const explainers = ownFaqs < config.ownCaseShare * faqs.length;
  search.addAll(documents);
  return {
    known,
    phrasingWords,
    targets,
    search,
    answerPostings,
    answerLengths,
    faqs,
    documentFrequency,
    phrasingFrequency,
    explainers,
  };
}

/**
 * A hyphenated name made only of small words ("make-up pay", "one-on-one") is one word of the knowledge
 * base, joined: read apart, every part of it would be dropped as filler. Questions that type it with a
 * hyphen, a space or neither are joined to it as other joined words are ("pay slip" → payslip).
 */
function smallWordCompounds(text: string, analyzer: Analyzer): string[] {
  if (!/\p{L}[-\u2010\u2011]\p{L}/u.test(text)) return [];
  const joined: string[] = [];
  for (const [compound] of text.matchAll(/\p{L}+(?:[-\u2010\u2011]\p{L}+)+/gu)) {
    const parts = analyzer.words(compound.replace(/[-\u2010\u2011]/g, ' '));
    const word = parts.join('');
    if (parts.length >= 2 && parts.every((part) => analyzer.isFiller(part)) && !analyzer.isFiller(word)) {
      joined.push(word);
    }
  }
  return joined;
}

/** The knowledge base's words as the analyser asks about them; every term is a stem, so a word's stem counts. */
function vocabularyOf(
  known: ReadonlySet<string>,
  documentFrequency: ReadonlyMap<string, number>,
  phrasingWords: ReadonlySet<string>,
): Vocabulary {
  return {
    has: (word) => known.has(word),
    knows: (word) => known.has(word) || documentFrequency.has(stem(word)),
    joins: (word) => phrasingWords.has(word),
  };
}

/**
 * The rest of a matcher, made from its data in moments: the workplace cues the knowledge base can use, and
 * the typo corrector over its words and theirs.
 */
export function completeIndex(analyzer: Analyzer, data: IndexData, saved?: SavedCompletion): MatcherIndex {
  return completing(analyzer, data, saved).index;
}

/** What completing an index works out that a saved index holds, so that a start from it need not. */
export interface SavedCompletion {
  cues: SavedCues;
  /** The cue words the typo corrector corrects to, in the order they were added to it. */
  correctedTo: string[];
}

/**
 * Completes an index (see `completeIndex`), from what a saved index holds of it when given, and gives what a
 * saved index is to hold of it (`completion`: the cues, to be saved by `Cues.saved`).
 */
export function completing(
  analyzer: Analyzer,
  data: IndexData,
  saved?: SavedCompletion,
): { index: MatcherIndex; completion: { cues: Cues; correctedTo: string[] } } {
  const { known, phrasingWords, targets, ...index } = data;
  const { documentFrequency } = index;
  const vocabulary = vocabularyOf(known, documentFrequency, phrasingWords);
  const cues = saved
    ? Cues.fromSaved(saved.cues, analyzer, vocabulary)
    : new Cues(WORKPLACE_CUES, analyzer, vocabulary, (term) => documentFrequency.has(term));
  const corrector = new SpellingCorrector(targets, englishWords());
  let correctedTo: string[];
  if (saved) {
    correctedTo = saved.correctedTo;
    for (const word of correctedTo) corrector.add(word, 1);
  } else {
    correctedTo = correctableCueWords(cues, targets, corrector);
  }
  vocabulary.corrector = corrector;
  vocabulary.together = togetherIn(cues);
  analyzer.forgetWords();
  return { index: { ...index, analyzer, vocabulary, cues }, completion: { cues, correctedTo } };
}

/**
 * Whether two words stand side by side in a cue, as a closure of its own: one made in `completing` would hold
 * everything its other closures do for as long as the matcher lives.
 */
function togetherIn(cues: Cues): (first: string, second: string) => boolean {
  return (first, second) => cues.together(first, second);
}

/**
 * Cue words are corrected to as well ("glases" → glasses), except those that are themselves misspellings of
 * the knowledge base's words ("benifits", "name chnage"): those must still be corrected to them. A short cue
 * word one letter from a knowledge base word is an abbreviation ("corp", "hols"), not a misspelling. Each is
 * added to the corrector as it is found, so a later one is checked against the earlier ones too; the list
 * gives them in that order.
 */
function correctableCueWords(cues: Cues, targets: ReadonlyMap<string, number>, corrector: SpellingCorrector): string[] {
  const added: string[] = [];
  for (const word of cues.words) {
    const misspelling =
      word.length >= MISSPELT_CUE_LENGTH && corrector.correct(word, { twoTypos: false }) !== undefined;
    if (!targets.has(word) && !misspelling) {
      corrector.add(word, 1);
      added.push(word);
    }
  }
  return added;
}

/**
 * The knowledge base's own synonym groups, then the general workplace vocabulary less every phrase that
 * holds a phrase the knowledge base lists itself: where it says "holiday" means PTO, "bank holiday" must
 * not be read as a public holiday before its own meaning applies.
 */
function mergeGroups(
  own: ReadonlyArray<readonly string[]>,
  general: ReadonlyArray<readonly string[]>,
): Array<readonly string[]> {
  const stems = (phrase: string) => ` ${words(phrase).map(stem).join(' ')} `;
  const taken = own.flat().map(stems);
  const holdsTaken = (phrase: string) => {
    const phraseStems = stems(phrase);
    return taken.some((part) => phraseStems.includes(part));
  };
  const merged: Array<readonly string[]> = [...own];
  for (const group of general) {
    const left = group.filter((phrase) => !holdsTaken(phrase));
    if (left.length >= 2) merged.push(left);
  }
  return merged;
}

/** BM25's usual saturation and length normalisation, as the search library uses for the other fields. */
const ANSWER_BM25 = { k1: 1.2, b: 0.7 };

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
