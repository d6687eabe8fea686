import { englishWords } from './english-words';
import {
  ASKING_WORDS,
  CHATTER_WORDS,
  DEFAULT_FILLER_WORDS,
  FILLER_WORDS_AS_WRITTEN,
  FOREIGN_WORDS_OF_A_FOREIGN_QUESTION,
  FRENCH_FILLER_WORDS,
  FUNCTION_WORDS,
  MIXED_LANGUAGE_FILLER_WORDS,
  OTHER_LANGUAGE_FILLER_WORDS,
  SWEDISH_FILLER_WORDS,
} from './filler-words';
import { FORM_SUFFIXES, type Typing, typing, UNKNOWN_TYPING, words } from './normalize';
import type { SpellingCorrector } from './spelling';
import { stem } from './stem';
import { SynonymRewriter } from './synonym-rewriter';
import { BRITISH_SPELLINGS, FRENCH_WORDS, IN_ANOTHER_LANGUAGE_WORDS, TRANSLATED_WORDS } from './workplace-vocabulary';

/** One term of an analysed question; `corrected` marks a term that exists only after fixing a typo. */
export interface QueryTerm {
  term: string;
  corrected: boolean;
}

/** What one word of FAQ text becomes, worked out once however often the word recurs. */
interface WordAnalysis {
  /** The word with British spellings folded and everyday Spanish read as English. */
  word: string;
  /** Its term, or null for a filler word. */
  term: string | null;
  /** Its stem as synonym phrases are matched (a one-word synonym's canonical stem). */
  phraseStem: string;
  /** A synonym phrase of several words may start here. */
  startsPhrase: boolean;
}

/** How many distinct words' analyses are remembered (a large knowledge base uses some tens of thousands). */
const WORD_CACHE_LIMIT = 200_000;

/** What the analyser needs to know about the knowledge base it serves. */
export interface Vocabulary {
  /** Does the knowledge base use this very word? */
  has(word: string): boolean;
  /** Does the knowledge base use this word, or a word with the same stem? */
  knows(word: string): boolean;
  /** The typo corrector over the knowledge base's words; only questions are corrected. */
  corrector?: SpellingCorrector;
  /**
   * Do these two words stand side by side in a known phrase ("claim exempt")? A typo is corrected to the
   * word that does, among equally close ones.
   */
  together?: (first: string, second: string) => boolean;
  /**
   * Do the FAQs' own questions, alternates, keywords or categories write this word joined, so that two words
   * typed apart are read as it ("pay slip" → payslip)? Without it, any word the knowledge base uses. A word
   * only answers write joined, such as a company's email domain ("harvestlane.com"), does not join "Harvest
   * Lane", which its answers write apart.
   */
  joins?: (word: string) => boolean;
}

/** A word of four letters or more after an elided French article or pronoun: l', d', j', qu', n', s', m', t', c'. */
const ELIDED = /^(?:qu|[cdjlmnst])([aeiouyh][a-z]{3,})$/;
const FRENCH_FILLERS: ReadonlySet<string> = new Set(FRENCH_FILLER_WORDS);
/**
 * English filler words: a word typed with a capital inside a sentence ("Tran", a name) is never corrected to
 * one ("than").
 */
const ENGLISH_FILLERS: ReadonlySet<string> = new Set(DEFAULT_FILLER_WORDS);

/** Filler words a misspelt word is never corrected to (see `correctableFillers`). */
const UNCORRECTED_FILLERS: ReadonlySet<string> = new Set([...FRENCH_FILLER_WORDS, ...SWEDISH_FILLER_WORDS]);
/** Filler words dropped as written, never by stem: French "faire" would take "fair", Italian "queste" a Quest lab. */
const AS_WRITTEN_FILLERS: ReadonlySet<string> = new Set(Object.values(FILLER_WORDS_AS_WRITTEN).flat());
const MIXED_LANGUAGE_FILLERS: ReadonlySet<string> = new Set(MIXED_LANGUAGE_FILLER_WORDS);
const OTHER_LANGUAGE_FILLERS: ReadonlySet<string> = new Set(OTHER_LANGUAGE_FILLER_WORDS);
const FRENCH: ReadonlyMap<string, string> = new Map(Object.entries(FRENCH_WORDS));
/**
 * For each language with words that are English too (`IN_ANOTHER_LANGUAGE_WORDS`), those words' readings and
 * the words, as typed, that show a question is in that language: the words its list reads, and its filler words.
 */
const IN_ANOTHER_LANGUAGE = Object.entries(IN_ANOTHER_LANGUAGE_WORDS).map(([language, readings]) => ({
  readings: new Map(Object.entries(readings)),
  shownBy: new Set([
    ...Object.keys(TRANSLATED_WORDS.find(([name]) => name === language)?.[1] ?? {}),
    ...(FILLER_WORDS_AS_WRITTEN[language] ?? []),
  ]),
}));
const READ_IN_ANOTHER_LANGUAGE: ReadonlySet<string> = new Set(
  IN_ANOTHER_LANGUAGE.flatMap(({ readings }) => [...readings.keys()]),
);

/**
 * The one text pipeline shared by FAQ text and questions, so both land in the same space of terms:
 * normalise → British spellings and other languages' words in English → (questions only, in a question written
 * in another language: its function words that are English abbreviations too dropped, and its words that are
 * English words too read in its language) → joined and split words → (questions only: typos) → synonyms → filler
 * → stem.
 */
export class Analyzer {
  private readonly rewriter: SynonymRewriter;
  private readonly filler: ReadonlySet<string>;
  private readonly fillerStems: ReadonlySet<string>;
  private readonly analysed = new Map<string, WordAnalysis>();
  /** Words the knowledge base uses in its own right (see the constructor). */
  private readonly own: ReadonlySet<string>;
  /**
   * Everyday Spanish, French, Swahili and Māori words read as English ("pagaron" → pay, "conge" → leave,
   * "likizo" → leave, "mahi" → work), less those the knowledge base keeps.
   */
  private readonly translated: ReadonlyMap<string, string>;

  /**
   * `keep`: words the knowledge base uses in its own right (a keyword or alternate of one word), which stay
   * as they are where another language has a word spelt the same, or an everyday English word is a topic:
   * "EL" (emergency leave) is not Spanish "el", a filler, "Forma" (a benefits platform) is not Spanish for
   * a form, and "super" is superannuation where a knowledge base says so, not "super quick". Function words
   * and the words of asking ("help", "explain") stay filler whatever the knowledge base says.
   */
  constructor(
    groups: ReadonlyArray<readonly string[]>,
    stopwords: readonly string[] = [],
    keep: readonly string[] = [],
  ) {
    this.rewriter = new SynonymRewriter(groups.map((group) => group.map(foldPhrase)));
    // Fillers are dropped by stem too, so "estas" would take a kept "esta" with it.
    const kept = new Set(keep.map(stem));
    this.filler = new Set([
      ...FUNCTION_WORDS,
      ...ASKING_WORDS,
      ...[...CHATTER_WORDS, ...OTHER_LANGUAGE_FILLER_WORDS].filter((word) => !kept.has(stem(word))),
      ...stopwords.flatMap((word) => words(word)),
    ]);
    // French, Italian and Swedish fillers are matched as written, never by stem: "faire" would take "fair",
    // "maintenant" "maintenance", "queste" a Quest lab.
    this.fillerStems = new Set([...this.filler].filter((word) => !AS_WRITTEN_FILLERS.has(word)).map(stem));
    this.own = new Set(keep);
    this.translated = new Map(
      TRANSLATED_WORDS.flatMap(([, list]) => Object.entries(list)).filter(([word]) => !this.own.has(word)),
    );
  }

  /** Words the synonym groups know, so typos of them ("proffesional") can be corrected too. */
  get synonymWords(): ReadonlySet<string> {
    return this.rewriter.phraseWords;
  }

  get fillerWords(): ReadonlySet<string> {
    return this.filler;
  }

  /**
   * The filler words a misspelt word may be corrected to ("becuase" is "because"), but for French and Swedish
   * ones: they are many, short and written as texted ("jle", "qd", "devait"; "ofta", "ngt"), so an English word
   * one letter off is more likely a typo of something else ("devkit" is not "devait") or an abbreviation ("IFTA"
   * is not "ofta"), or no typo at all. (Leaving out every other language's fillers too was measured, and
   * answered fewer questions: typos of Spanish, Tagalog and Italian fillers are common, and read as the fillers
   * they are.)
   */
  get correctableFillers(): readonly string[] {
    return [...this.filler].filter((word) => !UNCORRECTED_FILLERS.has(word));
  }

  /** A word's stem, or its one-word synonym group's canonical stem ("boss" → "manag"). */
  canonicalStem(word: string): string {
    return this.rewriter.canonicalStem(word);
  }

  isFiller(word: string): boolean {
    return this.fillerWithStem(word, stem(word));
  }

  /**
   * A filler word, or one whose stem is a filler's, unless the knowledge base uses the word in its own
   * right ("SAYE" is not "say").
   */
  private fillerWithStem(word: string, wordStem: string): boolean {
    return this.filler.has(word) || (this.fillerStems.has(wordStem) && !this.own.has(word));
  }

  /**
   * The words of a text, British spellings folded and everyday words of other languages read as English (every
   * list of `TRANSLATED_WORDS`, from Spanish to Italian): the vocabulary of terms.
   */
  words(text: string): string[] {
    return words(text).map((word) => this.fold(word));
  }

  /** Terms of FAQ text, in order, without duplicates; split and joined words follow the vocabulary. */
  terms(input: readonly string[], vocabulary?: Vocabulary): string[] {
    return this.analyze(vocabulary ? compounds(input, vocabulary, this) : input, new Set()).map(({ term }) => term);
  }

  /**
   * The distinct words and terms of a long text such as an answer, as `words` then `terms` (without the
   * vocabulary) would give them, but working out each distinct word once: answers hold most of a knowledge
   * base's words, and most of them recur.
   */
  plainTerms(text: string): { words: string[]; terms: string[] } {
    const tokens = words(text);
    const analyses = tokens.map((token) => this.analyseWord(token));
    const phraseStems = analyses.some(({ startsPhrase }) => startsPhrase)
      ? analyses.map(({ phraseStem }) => phraseStem)
      : undefined;
    const distinctWords = new Set<string>();
    const terms = new Set<string>();
    for (let index = 0; index < analyses.length; index++) {
      const analysis = analyses[index] as WordAnalysis;
      distinctWords.add(analysis.word);
      const phrase = phraseStems && analysis.startsPhrase ? this.rewriter.longestAt(phraseStems, index) : undefined;
      if (phrase) {
        for (const word of phrase.canonical) terms.add(stem(word));
        for (let offset = 1; offset < phrase.stems.length; offset++) {
          distinctWords.add((analyses[index + offset] as WordAnalysis).word);
        }
        index += phrase.stems.length - 1;
      } else if (analysis.term !== null) {
        terms.add(analysis.term);
      }
    }
    return { words: [...distinctWords], terms: [...terms] };
  }

  /** Is this word read as an English one ("pagaron" → pay, "conge" → leave)? */
  readsAsEnglish(word: string): boolean {
    return this.translated.has(word);
  }

  /** A word as the knowledge base's terms are made: British spellings folded, everyday words of other languages in English. */
  private fold(word: string): string {
    return this.translated.get(word) ?? this.elided(word) ?? fold(word);
  }

  /**
   * A French word after an elided article or pronoun, written together once the apostrophe is gone
   * ("l'employeur" → "lemployeur", "d'heures" → "dheures"): the word itself, when it is a French word read
   * as English or a French filler word, and the whole is neither English nor one of the knowledge base's own.
   */
  private elided(word: string): string | undefined {
    const match = ELIDED.exec(word);
    const rest = match?.[1];
    if (rest === undefined || this.own.has(word)) return undefined;
    // (French only: "susan" is not s' + Spanish "usan")
    const english = FRENCH.get(rest) ?? (FRENCH_FILLERS.has(rest) ? rest : undefined);
    return english === undefined || englishWords().has(word) ? undefined : english;
  }

  /** Drops the remembered word analyses (after a knowledge base is built, questions need none of them). */
  forgetWords(): void {
    this.analysed.clear();
  }

  private analyseWord(token: string): WordAnalysis {
    let analysis = this.analysed.get(token);
    if (analysis === undefined) {
      const word = this.fold(token);
      const plain = stem(word);
      const canonical = this.rewriter.canonicalFor(plain);
      const phraseStem = canonical ?? plain;
      const filler = this.fillerWithStem(word, plain);
      const term = canonical !== undefined ? stem(canonical) : filler ? null : plain;
      analysis = { word, term, phraseStem, startsPhrase: this.rewriter.startsPhrase(phraseStem) };
      if (this.analysed.size >= WORD_CACHE_LIMIT) this.analysed.clear();
      this.analysed.set(token, analysis);
    }
    return analysis;
  }

  /** Terms of a question: joined and split words, and typos corrected against the vocabulary. */
  query(text: string, vocabulary: Vocabulary): QueryTerm[] {
    return this.readText(text, vocabulary).terms;
  }

  /**
   * A question's text read as `read` reads its words, knowing how it was typed; `folded`: its words as `words`
   * gives them, before reading (the text is split once for both).
   */
  readText(text: string, vocabulary: Vocabulary): { folded: string[]; terms: QueryTerm[]; words: string[] } {
    const typed = typing(text);
    const folded = typed.typed.map((word) => this.fold(word));
    return { folded, ...this.read(folded, vocabulary, typed) };
  }

  /**
   * A question's terms from its words (as `words` gives them), and the words after reading a question written
   * in another language in it (its function words that are English abbreviations too dropped, its words that
   * are English words too read), joining, splitting and typo correction. `typed`: how the text was typed (the
   * words typed in capitals, "VA", "PA", stay; a text in Cyrillic is in another language; its words as typed
   * show which).
   */
  read(
    words: readonly string[],
    vocabulary: Vocabulary,
    typed: Typing = UNKNOWN_TYPING,
  ): { terms: QueryTerm[]; words: string[] } {
    const corrected = new Set<string>();
    const { corrector, together } = vocabulary;
    const spoken = this.inItsLanguage(this.withoutGreeting(words, typed), typed, vocabulary);
    const input = compounds(spoken, vocabulary, this).map((word, index, all) => {
      if (vocabulary.knows(word)) return word;
      const form = formNamed(word, vocabulary);
      if (form !== undefined) return form;
      if (!corrector || this.filler.has(word) || this.rewriter.phraseWords.has(word) || typed.names.has(word)) {
        return word;
      }
      const [before, after] = [all[index - 1], all[index + 1]];
      const fits = (candidate: string) =>
        together !== undefined &&
        ((before !== undefined && together(before, candidate)) || (after !== undefined && together(candidate, after)));
      const fix = corrector.correct(word, { fits });
      if (fix === undefined || (typed.titleCased.has(word) && ENGLISH_FILLERS.has(fix))) return word;
      corrected.add(fix);
      return fix;
    });
    return { terms: this.analyze(input, corrected), words: input };
  }

  /** The words, less those that greet (see `greetingWords`), told from the words as typed where known. */
  private withoutGreeting(words: readonly string[], typed: Typing): readonly string[] {
    const asTyped = typed.typed.length === words.length ? typed.typed : words;
    const greets = greetingWords(asTyped, (word) => !this.filler.has(word) && !this.filler.has(this.fold(word)));
    return greets.includes(true) ? words.filter((_, index) => !greets[index]) : words;
  }

  /**
   * A question written in another language loses the function words that are English abbreviations too
   * ("ca", "il", "mi", "na", "sa"), and reads its words that are English words too in the language it shows
   * it is in ("mese" is a month, "male" ill in Italian: `IN_ANOTHER_LANGUAGE_WORDS`, unless the knowledge base
   * uses the word itself), unless they were typed in capitals ("VA") or the knowledge base uses one in its own
   * right. It is written in another language when it has enough words of other languages, filler words or
   * words their lists read as English ("cedolino"), as typed, that no English reader would type: neither
   * English words nor under three letters ("la", "de", "el", "ah" are not enough), nor words the knowledge base
   * keeps; or when it was typed in Cyrillic.
   */
  private inItsLanguage(
    words: readonly string[],
    { capitals, cyrillic, typed }: Typing,
    vocabulary: Pick<Vocabulary, 'knows'>,
  ): readonly string[] {
    if (!words.some((word) => MIXED_LANGUAGE_FILLERS.has(word) || READ_IN_ANOTHER_LANGUAGE.has(word))) return words;
    const english = englishWords();
    const foreign = new Set(
      [...words, ...typed].filter(
        (word) =>
          word.length >= 3 &&
          (OTHER_LANGUAGE_FILLERS.has(word) || this.translated.has(word)) &&
          !this.own.has(word) &&
          !english.has(word),
      ),
    );
    if (!cyrillic && foreign.size < FOREIGN_WORDS_OF_A_FOREIGN_QUESTION) return words;
    const asTyped = (word: string) => this.own.has(word) || capitals.has(word);
    const languages = IN_ANOTHER_LANGUAGE.filter(({ shownBy }) => typed.some((word) => shownBy.has(word)));
    return words
      .filter((word) => !MIXED_LANGUAGE_FILLERS.has(word) || asTyped(word))
      .map((word) => {
        if (asTyped(word) || !READ_IN_ANOTHER_LANGUAGE.has(word) || vocabulary.knows(word)) return word;
        for (const { readings } of languages) {
          const reading = readings.get(word);
          if (reading !== undefined) return reading;
        }
        return word;
      });
  }

  private analyze(input: readonly string[], corrected: ReadonlySet<string>): QueryTerm[] {
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const { word, canonical, stem: stemmed } of this.rewriter.rewrite(input)) {
      const term = stemmed ?? stem(word);
      if (!canonical && this.fillerWithStem(word, term)) continue;
      if (seen.has(term)) continue;
      seen.add(term);
      terms.push({ term, corrected: !canonical && corrected.has(word) });
    }
    return terms;
  }
}

/**
 * A form or plan named by its number alone ("457" for the 457(b) plan, "401" for the 401(k)) is the one the
 * knowledge base names with that number, when there is exactly one.
 */
export function formNamed(word: string, vocabulary: Pick<Vocabulary, 'has'>): string | undefined {
  if (!/^\d{3,4}$/.test(word)) return undefined;
  const named = FORM_SUFFIXES.map((suffix) => word + suffix).filter((form) => vocabulary.has(form));
  return named.length === 1 ? named[0] : undefined;
}

/** Greetings after which the team or folks greeted are not what the question is about ("switching teams"). */
const GREETINGS = new Set(words('hi hey hello hiya hola morning afternoon evening thanks thank thx ty dear yo'));
const ADDRESSEES = new Set(words('team teams equipo pessoal gente chicos chicas'));
/** "good morning", "buenos días", "bom dia", "guten Morgen", "god morgon": a greeting's two words. */
const GREETING_OPENERS = new Set(words('good buenos buenas buen bom boa guten god goede'));
const TIMES_OF_DAY = new Set(
  words('morning afternoon evening day night dia dias tarde tardes noches noite morgen tag abend morgon dag kvall'),
);
/** "morning all", "evening folks": a time of day on its own greets those it names, or no one. */
const TIMES_GREETED_ALONE = new Set(words('morning afternoon evening'));
const BEFORE_GREETING = new Set(words('hi hey hello hiya yo dear hola hallo hej ola oi'));
const GREETED = new Set([...ADDRESSEES, ...words('all everyone everybody folks guys yall people')]);

/**
 * Which of a message's words greet, as typed (before another language's words are read as English): a
 * greeting of two words that opens the message ("good morning", "buenos días a todos", "bom dia") and is
 * followed by no word of a topic of its own ("good night shift pay" asks about night shifts), a time of day
 * greeting on its own ("morning all", "evening folks"), and the team or folks such a greeting opens on ("hi
 * team", "hola equipo"). `topical`: whether a word is one of a topic (not a filler).
 */
function greetingWords(typed: readonly string[], topical: (word: string) => boolean): boolean[] {
  const opens = (index: number) => index === 0 || BEFORE_GREETING.has(typed[index - 1] ?? '');
  const after = (index: number) =>
    typed[index] === undefined || GREETED.has(typed[index] ?? '') || !topical(typed[index] ?? '');
  const pair = (index: number) =>
    opens(index) &&
    GREETING_OPENERS.has(typed[index] ?? '') &&
    TIMES_OF_DAY.has(typed[index + 1] ?? '') &&
    after(index + 2);
  const alone = (index: number) =>
    opens(index) &&
    TIMES_GREETED_ALONE.has(typed[index] ?? '') &&
    (typed[index + 1] === undefined || GREETED.has(typed[index + 1] ?? ''));
  const greeting = (index: number) => pair(index) || pair(index - 1) || alone(index);
  return typed.map(
    (word, index) =>
      greeting(index) ||
      (ADDRESSEES.has(word) &&
        ((GREETINGS.has(typed[index - 1] ?? '') && opens(index - 1)) || pair(index - 2) || alone(index - 1))),
  );
}

const TRYING_OUT = new Set(words('test testing tests 1 2 3 123 one two three mic check hello hi hey bot hrfaq just a'));
const ABOUT_AN_ANSWER = new Set(
  words(`wrong incorrect useless unhelpful helpful help helped answer answers reply didnt doesnt dont not no nope
    bad that this it is was you youre are the a an so very totally completely still what i asked meant bot
    hrfaq lol ugh hmm ok okay thanks thank thx hi hey sorry but`),
);
const VERDICTS = new Set(words('wrong incorrect useless unhelpful helpful helped'));
const DENIALS = new Set(words('not no didnt doesnt dont'));

/**
 * A message that only tries the bot out ("test", "testing 123") or says what the asker made of its last
 * answer ("wrong answer", "that didn't help", "not what I asked") asks nothing, whatever words an FAQ shares
 * with it ("my pay is wrong" does). `words`: a whole message's words, as read.
 */
export function asksNothing(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.every((word) => TRYING_OUT.has(word))) return words.includes('test') || words.includes('testing');
  if (!words.every((word) => ABOUT_AN_ANSWER.has(word))) return false;
  const denied = words.some((word) => DENIALS.has(word));
  return (
    words.some((word) => VERDICTS.has(word)) || (denied && ['help', 'asked', 'meant'].some((w) => words.includes(w)))
  );
}

const BRITISH = new Map(Object.entries(BRITISH_SPELLINGS));
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** organisation → organization, labour → labor: British and American spellings become one word. */
export function fold(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = foldWord(word);
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    folded.set(word, result);
  }
  return result;
}

function foldWord(word: string): string {
  const mapped = BRITISH.get(word);
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
      if ((vocabulary.joins ?? vocabulary.has)(joined) && !analyzer.isFiller(joined)) {
        output.push(joined);
        index += 1;
        continue;
      }
    }
    // A word one typo from a known word is that word misspelt ("witholding"), not two words ("wit holding").
    const misspelt = () => vocabulary.corrector?.correct(word) !== undefined;
    if (word.length >= 6 && !vocabulary.knows(word) && !/\d/.test(word) && !misspelt()) {
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
