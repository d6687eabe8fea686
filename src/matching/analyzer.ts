import { DEFAULT_FILLER_WORDS } from './filler-words';
import { words } from './normalize';
import type { SpellingCorrector } from './spelling';
import { stem } from './stem';
import { SynonymRewriter } from './synonym-rewriter';
import { BRITISH_SPELLINGS } from './workplace-vocabulary';

/** One term of an analysed question; `corrected` marks a term that exists only after fixing a typo. */
export interface QueryTerm {
  term: string;
  corrected: boolean;
}

/** What the analyser needs to know about the knowledge base it serves. */
export interface Vocabulary {
  /** Does the knowledge base use this very word? */
  has(word: string): boolean;
  /** Does the knowledge base use this word, or a word with the same stem? */
  knows(word: string): boolean;
  /** The typo corrector over the knowledge base's words; only questions are corrected. */
  corrector?: SpellingCorrector;
}

/**
 * The one text pipeline shared by FAQ text and questions, so both land in the same space of terms:
 * normalise → British spellings → joined and split words → (questions only: typos) → synonyms → filler → stem.
 */
export class Analyzer {
  private readonly rewriter: SynonymRewriter;
  private readonly filler: ReadonlySet<string>;
  private readonly fillerStems: ReadonlySet<string>;

  constructor(groups: ReadonlyArray<readonly string[]>, stopwords: readonly string[] = []) {
    this.rewriter = new SynonymRewriter(groups.map((group) => group.map(foldPhrase)));
    this.filler = new Set([...DEFAULT_FILLER_WORDS, ...stopwords.flatMap((word) => words(word))]);
    this.fillerStems = new Set([...this.filler].map(stem));
  }

  /** Words the synonym groups know, so typos of them ("proffesional") can be corrected too. */
  get synonymWords(): ReadonlySet<string> {
    return this.rewriter.phraseWords;
  }

  get fillerWords(): ReadonlySet<string> {
    return this.filler;
  }

  isFiller(word: string): boolean {
    return this.filler.has(word) || this.fillerStems.has(stem(word));
  }

  /** The words of a text with British spellings folded: the vocabulary the knowledge base is made of. */
  words(text: string): string[] {
    return words(text).map(fold);
  }

  /** Terms of FAQ text, in order, without duplicates; split and joined words follow the vocabulary. */
  terms(input: readonly string[], vocabulary?: Vocabulary): string[] {
    return this.analyze(vocabulary ? compounds(input, vocabulary, this) : input, new Set()).map(({ term }) => term);
  }

  /** Terms of a question: joined and split words, and typos corrected against the vocabulary. */
  query(text: string, vocabulary: Vocabulary): QueryTerm[] {
    const corrected = new Set<string>();
    const { corrector } = vocabulary;
    const input = compounds(this.words(text), vocabulary, this).map((word) => {
      if (!corrector || this.filler.has(word) || vocabulary.knows(word) || this.rewriter.phraseWords.has(word)) {
        return word;
      }
      const fix = corrector.correct(word);
      if (fix === undefined) return word;
      corrected.add(fix);
      return fix;
    });
    return this.analyze(input, corrected);
  }

  private analyze(input: readonly string[], corrected: ReadonlySet<string>): QueryTerm[] {
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const { word, canonical, stem: stemmed } of this.rewriter.rewrite(input)) {
      const term = stemmed ?? stem(word);
      if (!canonical && (this.filler.has(word) || this.fillerStems.has(term))) continue;
      if (seen.has(term)) continue;
      seen.add(term);
      terms.push({ term, corrected: !canonical && corrected.has(word) });
    }
    return terms;
  }
}

/** organisation → organization, labour → labor: British and American spellings become one word. */
export function fold(word: string): string {
  const mapped = BRITISH_SPELLINGS[word];
  if (mapped !== undefined) return mapped;
  if (word.length < 6 || !(word.includes('is') || word.includes('ys'))) return word;
  if (/[a-z]is(?:e|es|ed|ing|ation|ations)$/.test(word)) return word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  if (/[a-z]ys(?:e|es|ed|ing)$/.test(word)) return word.replace(/ys(e|es|ed|ing)$/, 'yz$1');
  return word;
}

function foldPhrase(phrase: string): string {
  return words(phrase).map(fold).join(' ');
}

/**
 * "pay slip" → "payslip" when the knowledge base writes it as one word, and "timesheet" → "time sheet" when
 * it only ever writes two: the same word joined or split is the same term.
 */
function compounds(input: readonly string[], vocabulary: Vocabulary, analyzer: Analyzer): string[] {
  const output: string[] = [];
  for (let index = 0; index < input.length; index++) {
    const word = input[index] as string;
    const next = input[index + 1];
    if (next !== undefined && word.length >= 2 && next.length >= 2) {
      const joined = word + next;
      if (vocabulary.has(joined) && !analyzer.isFiller(joined)) {
        output.push(joined);
        index += 1;
        continue;
      }
    }
    if (word.length >= 6 && !vocabulary.knows(word) && !/\d/.test(word)) {
      const split = splitCompound(word, vocabulary, analyzer);
      if (split) {
        output.push(...split);
        continue;
      }
    }
    output.push(word);
  }
  return output;
}

function splitCompound(word: string, vocabulary: Vocabulary, analyzer: Analyzer): [string, string] | undefined {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (analyzer.isFiller(head) || analyzer.isFiller(tail)) continue;
    if (vocabulary.knows(head) && vocabulary.knows(tail)) return [head, tail];
  }
  return undefined;
}
