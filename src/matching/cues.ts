import type { Analyzer, Vocabulary } from './analyzer';
import { englishWords } from './english-words';
import { inflections } from './inflect';
import { splitJoined } from './normalize';

/** A cue found in a question: the words that matched, and the topic it points to, as terms the KB uses. */
export interface FoundCue {
  /** Stems of the question words the cue stands on. */
  stems: readonly string[];
  /** Each way the knowledge base may name the topic, as its terms; at least one. */
  topics: ReadonlyArray<readonly string[]>;
  /** How much the topic counts against a word the asker typed; the workplace cues' weight when absent. */
  weight?: number;
  /**
   * For a cue that names a part of its topic ("copay" of medical insurance), whose particulars a general FAQ
   * on the topic may not hold, rather than the topic itself ("pto" of vacation): its own terms, as the
   * knowledge base's text is analysed, to tell whether an FAQ mentions that part.
   */
  part?: readonly string[];
}

interface Cue {
  stems: readonly string[];
  topics: ReadonlyArray<readonly string[]>;
  part?: readonly string[];
}

/**
 * The cues a knowledge base keeps, as a saved index holds them (see `Cues.saved` and `Cues.fromSaved`): working
 * them out from all the workplace cues is a good part of a start. Words are joined by spaces and lists by
 * `|` (no term or stem holds either).
 */
export interface SavedCues {
  /** Each cue's stems. */
  stems: string[];
  /** Each cue's topics, by their place in `topics`. */
  topicOf: number[];
  /** Each cue's part, its terms; null for a cue that names no part. */
  parts: Array<string | null>;
  /** Each distinct list of topics: each topic's terms, joined by `|`. */
  topics: string[];
  /** The forms one-word cues match, and the cue each matches, by its place in `stems`. */
  forms: string;
  formCues: number[];
  /** Every word of the cues kept. */
  words: string;
}

/** One topic of the workplace cues: its names, the cues pointing to it, and which of them name a part of it. */
export interface CueEntry {
  topic: readonly string[];
  cues: readonly string[];
  parts?: readonly string[];
}

/**
 * Everyday words that point to an HR topic ("my father in law died" → bereavement), kept only where the
 * knowledge base names the topic. A cue of several words is matched on word stems, longest first, so
 * "passed away" and "passing away" are one cue, and through one-word synonyms, so "how many pto days"
 * also reads "how many vacation days". A cue of one word is matched as written or in a regular
 * inflection built from it ("resign" → resigned, resigning; see inflect.ts), never by its stem alone, which
 * would catch other words: "canned" → "can", "dating" → "date", "tripped" → "trip", "hourly" → "hour".
 */
export class Cues {
  private readonly byFirstStem = new Map<string, Cue[]>();
  /** One-word cues by each form they match; the first cue listed for a form wins. */
  private readonly byWord = new Map<string, Cue>();
  /** Every word of the cues kept, so a typo of one ("glases") can be corrected to it. */
  readonly words = new Set<string>();
  /** Each two neighbouring words of the cues kept, as stems: "claim exmept" is corrected to "claim exempt". */
  private readonly neighbours = new Set<string>();

  /** Matches cue words as the question's words are read: on stems, one-word synonyms as their group's. */
  private readonly analyzer: Analyzer;

  constructor(
    entries: readonly CueEntry[],
    analyzer: Analyzer,
    vocabulary: Vocabulary,
    isTermKnown: (term: string) => boolean,
  ) {
    this.analyzer = analyzer;
    const english = englishWords();
    for (const { topic, cues, parts = [] } of entries) {
      const topics = topic
        .map((phrase) => analyzer.terms(analyzer.words(phrase), vocabulary))
        .filter((terms) => terms.length > 0 && terms.every(isTermKnown));
      if (topics.length === 0) continue;
      const partSet = new Set(parts);
      for (const cue of cues) {
        // A one-word Spanish cue is read as its English word ("bono" → bonus), which would make that a cue;
        // the English word finds the topic by itself, as typed.
        if (analyzer.readsAsEnglish(cue)) continue;
        const words = analyzer.words(cue);
        const part = partSet.has(cue) ? analyzer.terms(words, vocabulary) : undefined;
        const stems = words.map((each) => analyzer.canonicalStem(each));
        const [head] = stems;
        const [word] = words;
        if (head === undefined || word === undefined) continue;
        for (const each of words) this.words.add(each);
        if (words.length === 1) {
          // Only English words are inflected: an abbreviation such as "paye" has no past tense "payed".
          const forms = english.has(word) ? inflections(word) : [word, `${word}s`];
          for (const form of forms) if (!this.byWord.has(form)) this.byWord.set(form, { stems, topics, part });
        } else {
          this.keepPhrase(head, { stems, topics, part });
        }
      }
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /**
   * Cues saved by `saved`, for the same knowledge base and analysis: the same cues in the same order, without
   * working them out again. Throws when the saved cues refer to entries they don't hold.
   */
  static fromSaved(saved: SavedCues, analyzer: Analyzer, vocabulary: Vocabulary): Cues {
    return new Cues([], analyzer, vocabulary, () => false).restore(saved);
  }

  private restore(saved: SavedCues): this {
    for (const word of splitJoined(saved.words)) this.words.add(word);
    const damaged = () => new Error('the saved cues are damaged');
    const topics = saved.topics.map((list) => splitJoined(list, '|').map((topic) => topic.split(' ')));
    const list: Cue[] = saved.stems.map((text, index) => {
      const topicList = topics[saved.topicOf[index] ?? -1];
      const part = saved.parts[index];
      if (text === '' || topicList === undefined || part === undefined) throw damaged();
      const stems = text.split(' ');
      return part === null ? { stems, topics: topicList } : { stems, topics: topicList, part: splitJoined(part) };
    });
    // Cues of several words in the order they are tried (each first stem's longest first, as saved).
    for (const cue of list) {
      const [head] = cue.stems;
      if (head !== undefined && cue.stems.length > 1) this.keepPhrase(head, cue);
    }
    const forms = splitJoined(saved.forms);
    if (forms.length !== saved.formCues.length) throw damaged();
    for (const [index, form] of forms.entries()) {
      const cue = list[saved.formCues[index] ?? -1];
      if (cue === undefined) throw damaged();
      // Each form a cue of its own, sharing the cue's lists, as the cues are built.
      this.byWord.set(form, { ...cue });
    }
    return this;
  }

  /** These cues as a saved index holds them (see `fromSaved`). */
  saved(): SavedCues {
    // A one-word cue's forms are cues of their own sharing its lists: saved once, by its stems.
    const places = new Map<Cue | readonly string[], number>();
    const topicPlaces = new Map<ReadonlyArray<readonly string[]>, number>();
    const saved: SavedCues = { stems: [], topicOf: [], parts: [], topics: [], forms: '', formCues: [], words: '' };
    const add = (cue: Cue, key: Cue | readonly string[]) => {
      let place = places.get(key);
      if (place !== undefined) return place;
      place = saved.stems.length;
      places.set(key, place);
      let topic = topicPlaces.get(cue.topics);
      if (topic === undefined) {
        topic = saved.topics.length;
        topicPlaces.set(cue.topics, topic);
        saved.topics.push(cue.topics.map((terms) => terms.join(' ')).join('|'));
      }
      saved.stems.push(cue.stems.join(' '));
      saved.topicOf.push(topic);
      saved.parts.push(cue.part === undefined ? null : cue.part.join(' '));
      return place;
    };
    for (const list of this.byFirstStem.values()) for (const cue of list) add(cue, cue);
    const forms: string[] = [];
    for (const [form, cue] of this.byWord) {
      forms.push(form);
      saved.formCues.push(add(cue, cue.stems));
    }
    saved.forms = forms.join(' ');
    saved.words = [...this.words].join(' ');
    return saved;
  }

  /** Keeps a cue of several words: under its first stem (after those kept before it), and its neighbours. */
  private keepPhrase(head: string, cue: Cue): void {
    for (let index = 1; index < cue.stems.length; index++) {
      this.neighbours.add(`${cue.stems[index - 1]} ${cue.stems[index]}`);
    }
    const list = this.byFirstStem.get(head) ?? [];
    list.push(cue);
    this.byFirstStem.set(head, list);
  }

  /** Do these two words stand side by side in a cue? */
  together(first: string, second: string): boolean {
    return this.neighbours.has(`${this.analyzer.canonicalStem(first)} ${this.analyzer.canonicalStem(second)}`);
  }

  /** The cues in a question's words, left to right, without overlaps. */
  find(words: readonly string[]): FoundCue[] {
    const stems = words.map((word) => this.analyzer.canonicalStem(word));
    const found: FoundCue[] = [];
    let index = 0;
    while (index < stems.length) {
      const cue =
        this.byFirstStem
          .get(stems[index] as string)
          ?.find((candidate) => candidate.stems.every((part, offset) => stems[index + offset] === part)) ??
        this.byWord.get(words[index] as string);
      if (cue) {
        found.push(cue);
        index += cue.stems.length;
      } else {
        index += 1;
      }
    }
    return found;
  }
}
