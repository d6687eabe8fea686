import type { Synonyms } from '../knowledge/synonyms-schema';
import { DEFAULT_FILLER_WORDS } from './filler-words';
import { words } from './normalize';
import type { SpellingCorrector } from './spelling';
import { stem } from './stem';
import { SynonymRewriter } from './synonym-rewriter';

/** One term of an analysed question; `corrected` marks a term that exists only after fixing a typo. */
export interface QueryTerm {
  term: string;
  corrected: boolean;
}

/**
 * The one text pipeline shared by FAQ text and questions, so both land in the same space of terms:
 * normalise → (questions only: fix typos) → synonyms → drop filler → stem.
 */
export class Analyzer {
  private readonly rewriter: SynonymRewriter;
  private readonly filler: ReadonlySet<string>;
  private readonly fillerStems: ReadonlySet<string>;

  constructor(synonyms: Synonyms, fillerWords: readonly string[] = DEFAULT_FILLER_WORDS) {
    this.rewriter = new SynonymRewriter(synonyms);
    this.filler = new Set([...fillerWords, ...synonyms.stopwords]);
    this.fillerStems = new Set([...this.filler].map(stem));
  }

  /** Words the synonym file knows, so typos of them ("proffesional") can be corrected too. */
  get synonymWords(): ReadonlySet<string> {
    return this.rewriter.phraseWords;
  }

  get fillerWords(): ReadonlySet<string> {
    return this.filler;
  }

  isFiller(word: string): boolean {
    return this.filler.has(word) || this.fillerStems.has(stem(word));
  }

  /** Terms of FAQ text (questions, alternates, keywords), in order, without duplicates. */
  terms(text: string): string[] {
    return this.termsOfWords(words(text));
  }

  /** Terms of text already split into normalised words (saves normalising the same text twice). */
  termsOfWords(input: string[]): string[] {
    return this.analyze(input, undefined).map(({ term }) => term);
  }

  /** Terms of a question, correcting typos against the knowledge base's vocabulary when given one. */
  query(text: string, corrector?: SpellingCorrector): QueryTerm[] {
    return this.queryOfWords(words(text), corrector);
  }

  /** The same, for a question already split into normalised words. */
  queryOfWords(input: string[], corrector?: SpellingCorrector): QueryTerm[] {
    return this.analyze(input, corrector);
  }

  private analyze(input: string[], corrector: SpellingCorrector | undefined): QueryTerm[] {
    const corrected = new Set<string>();
    let raw = input;
    if (corrector) {
      raw = joinSplitWords(input, corrector).map((word) => {
        if (this.filler.has(word) || corrector.has(word) || this.rewriter.phraseWords.has(word)) return word;
        const fix = corrector.correct(word);
        if (fix === undefined) return word;
        corrected.add(fix);
        return fix;
      });
    }
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const { word, canonical } of this.rewriter.rewrite(raw)) {
      if (!canonical && this.isFiller(word)) continue;
      const term = stem(word);
      if (seen.has(term)) continue;
      seen.add(term);
      terms.push({ term, corrected: !canonical && corrected.has(word) });
    }
    return terms;
  }
}

/** "work place" → "workplace" when only the joined word is known. */
function joinSplitWords(input: string[], corrector: SpellingCorrector): string[] {
  const output: string[] = [];
  for (let index = 0; index < input.length; index++) {
    const word = input[index] as string;
    const next = input[index + 1];
    if (next !== undefined && corrector.has(word + next) && !(corrector.has(word) && corrector.has(next))) {
      output.push(word + next);
      index += 1;
    } else {
      output.push(word);
    }
  }
  return output;
}
