import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { contentKey } from '../knowledge/content-hash';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { codeFingerprint } from '../runtime/code-fingerprint';
import { errorCode, errorText } from '../runtime/error-details';
import { keepNewest, writeWhole } from '../runtime/saved-file';
import type { Cues } from './cues';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './match-config';
import {
  analyzerFor,
  completeIndex,
  completing,
  type IndexData,
  type IndexedFaq,
  indexData,
  Matcher,
  ownWords,
  type Postings,
  runToEnd,
  type SavedCompletion,
  type SearchDocument,
  searchOptions,
} from './matcher';
import { splitJoined } from './normalize';
import { QUESTION_KINDS, type QuestionKind } from './question-kind';

/**
 * A saved index: what a build works out from the knowledge base's text, so that a restart with the same
 * knowledge base (and the same hrfaq) reads it back instead of analysing every FAQ again. At 10,000 FAQs a
 * build takes seconds and reading the saved index a fraction of that (`npm run bench`).
 *
 * A saved index is only ever used for exactly what it was built from: its file is named by a digest of the
 * knowledge base's content, the match settings and hrfaq's matching code, and is checked when read. Anything
 * else (a missing, unreadable, damaged or foreign file) means a normal build. Saving is best-effort too.
 */

/** Bumped whenever what the file holds changes shape. */
const FORMAT = 5;
/** Saved indexes kept in the folder: the current one and a few recent ones (other folders, other versions). */
const KEEP = 3;
const PREFIX = 'index-';

/**
 * The file is flat: lists of words joined by spaces (a term never holds one) and plain lists of numbers, so
 * that reading and checking 10,000 FAQs' worth takes a moment. What the shape can't say (counts that add
 * up, postings that name FAQs in order) is checked as the lists are read back.
 */
const words = z.string();
/**
 * Lists of hundreds of thousands of numbers: checked in one loop, since checking each element as a schema
 * of its own was a tenth of the time it takes to read the file.
 */
const numbers = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((item) => typeof item === 'number'),
  'must be a list of numbers',
);
const counted = z.object({ terms: words, counts: numbers });

const savedIndexSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  /** The knowledge base's one-word keywords, alternates and categories, kept as terms (see `ownWords`). */
  own: words,
  known: words,
  phrasingWords: words,
  targets: counted,
  /**
   * The search library's own serialisation, as an object within the file rather than a string of JSON in it
   * (one parse, not two); MiniSearch.loadJS checks the rest of it.
   */
  search: z.custom<AsPlainObject>(
    (value) => typeof value === 'object' && value !== null && 'serializationVersion' in value,
    'the search index is missing',
  ),
  /**
   * Each answer term, how many FAQs' answers hold it, and those FAQs' places, all terms' one after another:
   * the largest list in the file, so stored as base64 of 32-bit little-endian integers and read into one typed
   * array, which each term's postings view, rather than as a million numbers to parse and copy.
   */
  answers: z.object({ terms: words, counts: numbers, postings: z.string().base64(), lengths: numbers }),
  /** Each distinct category's terms, and each distinct set of question kinds, once. */
  categories: z.array(words),
  kinds: z.array(z.array(z.enum(QUESTION_KINDS))),
  /**
   * Every FAQ's phrasings one after another (their terms' places, and how many terms each), with their
   * strengths; per FAQ how many phrasings, its category and its kinds.
   */
  faqs: z.object({
    /** The phrasings' terms, each once; phrasings name them by their place here, so they share one string. */
    terms: words,
    phrasings: numbers,
    phrasingLengths: numbers,
    strengths: numbers,
    phrasingCounts: numbers,
    categories: numbers,
    kinds: numbers,
  }),
  documentFrequency: counted,
  phrasingFrequency: counted,
  explainers: z.boolean(),
  /** The workplace cues the knowledge base keeps, and the cue words the typo corrector corrects to. */
  cues: z.object({
    stems: z.array(z.string()),
    topicOf: numbers,
    parts: z.array(z.string().nullable()),
    topics: z.array(z.string()),
    forms: words,
    formCues: numbers,
    words,
  }),
  correctedTo: words,
});
type SavedIndex = z.infer<typeof savedIndexSchema>;

export interface CachedMatcher {
  matcher: Matcher;
  /** `saved`: read from a saved index; `built`: analysed from the FAQs. */
  source: 'saved' | 'built';
  /** A built index was saved for the next start. */
  saved: boolean;
  /** Why a saved index could not be read or written (never a reason to stop: the matcher works either way). */
  problem?: string;
}

/**
 * The matcher for a knowledge base, read from the saved index in `directory` when there is one for exactly
 * this content, settings and code; otherwise built, and saved there for next time. Without a directory it is
 * simply built.
 */
export function matcherWithCache(
  kb: KnowledgeBase,
  directory: string | undefined,
  overrides: Partial<MatchConfig> = {},
): CachedMatcher {
  const config: MatchConfig = { ...DEFAULT_MATCH_CONFIG, ...kb.settings, ...overrides };
  // A lexicon function can't be part of a file's name: such a matcher is always built.
  if (directory === undefined || config.relatedWords !== undefined) {
    return { matcher: new Matcher(kb, overrides), source: 'built', saved: false };
  }
  let key: string;
  try {
    key = indexKey(kb, config);
  } catch (error) {
    // hrfaq's own files can't be read (a bundled or stripped install): no name to save an index under.
    const problem = `no index can be saved: hrfaq's matching code could not be read (${errorText(error)})`;
    return { matcher: new Matcher(kb, overrides), source: 'built', saved: false, problem };
  }
  const file = path.join(directory, `${PREFIX}${key.slice(0, 32)}.json`);
  let problem: string | undefined;
  try {
    const index = readIndex(file, key, kb, config);
    if (index) return { matcher: new Matcher(kb, overrides, index), source: 'saved', saved: false };
  } catch (error) {
    problem = `the saved index ${file} could not be used (${errorText(error)}); built it again`;
  }
  const own = ownWords(kb);
  const analyzer = analyzerFor(kb, own);
  const data = runToEnd(indexData(kb, config, analyzer));
  const { index, completion } = completing(analyzer, data);
  let saved = false;
  try {
    writeIndex(directory, file, toSaved(key, own, data, completion));
    saved = true;
  } catch (error) {
    const unsaved = `the index could not be saved in ${directory} (${errorText(error)})`;
    problem = problem === undefined ? unsaved : `${problem}; ${unsaved}`;
  }
  return { matcher: new Matcher(kb, overrides, index), source: 'built', saved, problem };
}

/** Names what an index is built from: hrfaq's matching code, the match settings and the knowledge base. */
export function indexKey(kb: KnowledgeBase, config: MatchConfig): string {
  const { relatedWords: _relatedWords, ...settings } = config;
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, matchingCode(), settings, contentKey(kb)]))
    .digest('hex');
}

/**
 * The code that turns text into an index: this folder (the analysis, the vocabularies) and the search library,
 * stemmer and transliteration tables it uses.
 */
function matchingCode(): string {
  return codeFingerprint(__dirname, [
    require.resolve('minisearch'),
    require.resolve('wink-porter2-stemmer'),
    require.resolve('transliteration'),
  ]);
}

function readIndex(file: string, key: string, kb: KnowledgeBase, config: MatchConfig) {
  // The file's text and its parsed form are let go before the index is completed, so that they are not
  // held alongside all it builds (peak memory).
  const read = readData(file, key, kb, config);
  return read && completeIndex(analyzerFor(kb, read.own), read.data, read.completion);
}

function readData(
  file: string,
  key: string,
  kb: KnowledgeBase,
  config: MatchConfig,
): { own: string[]; data: IndexData; completion: SavedCompletion } | undefined {
  const saved = readSaved(file);
  if (saved === undefined) return undefined;
  if (saved.key !== key) throw new Error('it was built from something else');
  const completion = { cues: saved.cues, correctedTo: splitJoined(saved.correctedTo) };
  return { own: splitJoined(saved.own), data: fromSaved(saved, kb, config), completion };
}

function readSaved(file: string): SavedIndex | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = savedIndexSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not a saved index: ${parsed.error.issues[0]?.message ?? 'wrong shape'}`);
  return parsed.data;
}

function toSaved(
  key: string,
  own: readonly string[],
  data: IndexData,
  completion: { cues: Cues; correctedTo: readonly string[] },
): SavedIndex {
  const categories = new Map<ReadonlySet<string>, number>();
  const kinds = new Map<ReadonlySet<QuestionKind>, number>();
  const numberOf = <T>(table: Map<T, number>, value: T) => {
    let number = table.get(value);
    if (number === undefined) {
      number = table.size;
      table.set(value, number);
    }
    return number;
  };
  const terms = new Map<string, number>();
  const faqs: SavedIndex['faqs'] = {
    terms: '',
    phrasings: [],
    phrasingLengths: [],
    strengths: [],
    phrasingCounts: [],
    categories: [],
    kinds: [],
  };
  for (const { phrasings, categoryTerms, kinds: faqKinds } of data.faqs) {
    for (const phrasing of phrasings) {
      for (const term of phrasing.terms) faqs.phrasings.push(numberOf(terms, term));
      faqs.phrasingLengths.push(phrasing.terms.length);
      faqs.strengths.push(phrasing.strength);
    }
    faqs.phrasingCounts.push(phrasings.length);
    faqs.categories.push(numberOf(categories, categoryTerms));
    faqs.kinds.push(numberOf(kinds, faqKinds));
  }
  faqs.terms = [...terms.keys()].join(' ');
  const answerTerms = [...data.answerPostings.keys()];
  const answerPostings = [...data.answerPostings.values()];
  return {
    format: FORMAT,
    key,
    own: own.join(' '),
    known: [...data.known].join(' '),
    phrasingWords: [...data.phrasingWords].join(' '),
    targets: countedOf(data.targets),
    search: data.search.toJSON(),
    answers: {
      terms: answerTerms.join(' '),
      counts: answerPostings.map((postings) => postings.length),
      postings: encodePostings(answerPostings),
      lengths: data.answerLengths,
    },
    categories: [...categories.keys()].map((set) => [...set].join(' ')),
    kinds: [...kinds.keys()].map((set) => [...set]),
    faqs,
    documentFrequency: countedOf(data.documentFrequency),
    phrasingFrequency: countedOf(data.phrasingFrequency),
    explainers: data.explainers,
    cues: completion.cues.saved(),
    correctedTo: completion.correctedTo.join(' '),
  };
}

function fromSaved(saved: SavedIndex, kb: KnowledgeBase, config: MatchConfig): IndexData {
  const faqCount = kb.faqs.length;
  const { answers } = saved;
  if (answers.lengths.length !== faqCount) throw new Error(`it holds ${answers.lengths.length} FAQs, not ${faqCount}`);
  const answerPostings = new Map<string, Postings>();
  const all = decodePostings(answers.postings);
  let offset = 0;
  for (const [index, term] of splitJoined(answers.terms).entries()) {
    const end = offset + (answers.counts[index] ?? 0);
    // Each an FAQ's place, in ascending order, as `inAnswer` searches them.
    let previous = -1;
    for (let at = offset; at < end; at++) {
      const id = all[at];
      if (id === undefined || id <= previous || id >= faqCount) {
        throw new Error(`the answer postings of "${term}" are damaged`);
      }
      previous = id;
    }
    answerPostings.set(term, all.subarray(offset, end));
    offset = end;
  }
  if (offset !== all.length) throw new Error('the answer postings are damaged');

  const categories = saved.categories.map((terms) => new Set(splitJoined(terms)));
  const kinds = saved.kinds.map((list) => new Set(list));
  const { faqs: stored } = saved;
  const table = splitJoined(stored.terms);
  const faqs: IndexedFaq[] = [];
  let phrasing = 0;
  let term = 0;
  // 10,000 FAQs have over 100,000 phrasings: plain loops, each term looked up once and added to its FAQ's set
  // as it is read (slicing and mapping each phrasing, then flattening them into the set, took three times as
  // long: a tenth of a start from the saved index).
  const { phrasings: places, phrasingLengths, strengths } = stored;
  for (const [index, faq] of kb.faqs.entries()) {
    const categoryTerms = categories[stored.categories[index] ?? -1];
    const faqKinds = kinds[stored.kinds[index] ?? -1];
    if (categoryTerms === undefined || faqKinds === undefined) {
      throw danglingEntry(index);
    }
    const phrasings: Array<{ terms: string[]; strength: number }> = [];
    const phrasingTerms = new Set<string>();
    for (const end = phrasing + (stored.phrasingCounts[index] ?? 0); phrasing < end; phrasing++) {
      const length = phrasingLengths[phrasing] ?? 0;
      const strength = strengths[phrasing];
      if (strength === undefined) throw danglingEntry(index);
      // Sized at once: grown by pushing, each list would hold room for a dozen more terms (13 MB at 10,000 FAQs).
      const terms = new Array<string>(length);
      for (let at = 0; at < length; at++, term++) {
        const entry = table[places[term] ?? -1];
        if (entry === undefined) throw danglingEntry(index);
        terms[at] = entry;
        phrasingTerms.add(entry);
      }
      phrasings.push({ terms, strength });
    }
    faqs.push({ faq, index, phrasings, phrasingTerms, categoryTerms, kinds: faqKinds });
  }
  if (
    stored.phrasingCounts.length !== faqCount ||
    phrasing !== stored.phrasingLengths.length ||
    term !== stored.phrasings.length
  ) {
    throw new Error(`it holds phrasings for ${stored.phrasingCounts.length} FAQs, not ${faqCount}`);
  }
  return {
    known: new Set(splitJoined(saved.known)),
    phrasingWords: new Set(splitJoined(saved.phrasingWords)),
    targets: mapOf(saved.targets, 'targets'),
    search: MiniSearch.loadJS<SearchDocument>(saved.search, searchOptions(config)),
    answerPostings,
    answerLengths: answers.lengths,
    faqs,
    documentFrequency: mapOf(saved.documentFrequency, 'document frequencies'),
    phrasingFrequency: mapOf(saved.phrasingFrequency, 'phrasing frequencies'),
    explainers: saved.explainers,
  };
}

/** All terms' postings one after another, as base64 of 32-bit little-endian integers. */
function encodePostings(lists: readonly Postings[]): string {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const bytes = Buffer.alloc(total * 4);
  let at = 0;
  for (const list of lists) {
    for (let index = 0; index < list.length; index++, at += 4) bytes.writeInt32LE(list[index] as number, at);
  }
  return bytes.toString('base64');
}

function decodePostings(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) throw new Error('the answer postings are damaged');
  const all = new Int32Array(bytes.length / 4);
  // On a little-endian machine (all that Node runs on but a few mainframes) the bytes are the integers as
  // they are: one copy instead of a million reads.
  if (os.endianness() === 'LE') new Uint8Array(all.buffer).set(bytes);
  else for (let index = 0; index < all.length; index++) all[index] = bytes.readInt32LE(index * 4);
  return all;
}

function countedOf(map: ReadonlyMap<string, number>): SavedIndex['targets'] {
  return { terms: [...map.keys()].join(' '), counts: [...map.values()] };
}

/** The error for an FAQ (by its place) whose saved entries name what the file doesn't hold. */
function danglingEntry(index: number): Error {
  return new Error(`FAQ ${index + 1} refers to entries the file doesn't hold`);
}

function mapOf({ terms, counts }: SavedIndex['targets'], what: string): Map<string, number> {
  const list = splitJoined(terms);
  if (list.length !== counts.length) throw new Error(`the ${what} are damaged`);
  return new Map(list.map((term, index) => [term, counts[index] as number]));
}

/** Writes the file whole or not at all (a reader never sees half a file), then drops all but the newest few. */
function writeIndex(directory: string, file: string, saved: SavedIndex): void {
  writeWhole(file, JSON.stringify(saved));
  keepNewest(directory, PREFIX, KEEP);
}
