import { words } from './normalize';
import { stem } from './stem';

interface Phrase {
  stems: readonly string[];
  canonical: readonly string[];
}

/** A word after synonym rewriting: `canonical` words come from a synonym group and are never filler. */
export interface RewrittenWord {
  word: string;
  canonical: boolean;
  /** The word's stem, when it was worked out on the way (words left as they are). */
  stem?: string;
}

/**
 * Rewrites every phrase of a synonym group to the group's first phrase, matching on word stems so that
 * plurals and possessives need no entries of their own. One-word synonyms ("organisation") are applied
 * first, inside phrases too, so "professional employer organisation" still reads as "peo". At each
 * position the longest phrase wins.
 */
export class SynonymRewriter {
  private readonly byFirstStem = new Map<string, Phrase[]>();
  /** One-word member stem → the stem of its group's one-word canonical form. */
  private readonly wordCanon = new Map<string, string>();
  readonly phraseWords: ReadonlySet<string>;

  constructor(groups: ReadonlyArray<readonly string[]>) {
    const phraseWords = new Set<string>();
    for (const group of groups) {
      const canonical = words(group[0] ?? '');
      if (canonical.length !== 1) continue;
      const canonicalStem = stem(canonical[0] as string);
      for (const phrase of group) {
        const single = words(phrase);
        if (single.length === 1) this.wordCanon.set(stem(single[0] as string), canonicalStem);
      }
    }
    for (const group of groups) {
      const canonical = words(group[0] ?? '');
      for (const phrase of group) {
        const phraseWordList = words(phrase);
        for (const word of phraseWordList) phraseWords.add(word);
        const stems = phraseWordList.map((word) => this.canonicalStem(word));
        const [head] = stems;
        if (head === undefined || (stems.length < 2 && canonical.length === 1)) continue;
        const list = this.byFirstStem.get(head) ?? [];
        list.push({ stems, canonical });
        this.byFirstStem.set(head, list);
      }
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    this.phraseWords = phraseWords;
  }

  /** A word's stem, or its one-word synonym group's canonical stem ("boss" → "manag"). */
  canonicalStem(word: string): string {
    const stemmed = stem(word);
    return this.wordCanon.get(stemmed) ?? stemmed;
  }

  /** The canonical stem a one-word synonym with this stem is rewritten to, if it is one. */
  canonicalFor(stemmed: string): string | undefined {
    return this.wordCanon.get(stemmed);
  }

  /** Does a phrase of two or more words start with this (canonical) stem? */
  startsPhrase(stemmed: string): boolean {
    return this.byFirstStem.has(stemmed);
  }

  /** The rewritten words; a word replaced by a one-word synonym comes back as its canonical stem. */
  rewrite(input: readonly string[]): RewrittenWord[] {
    // Each word is stemmed once: stemming is most of the cost of analysing a knowledge base.
    const plain = input.map(stem);
    const stems = plain.map((stemmed) => this.wordCanon.get(stemmed) ?? stemmed);
    const output: RewrittenWord[] = [];
    let index = 0;
    while (index < input.length) {
      const phrase = this.longestAt(stems, index);
      if (phrase) {
        for (const word of phrase.canonical) output.push({ word, canonical: true });
        index += phrase.stems.length;
        continue;
      }
      const word = input[index] as string;
      const stemmed = plain[index] as string;
      const canonical = this.wordCanon.get(stemmed);
      output.push(
        canonical === undefined ? { word, canonical: false, stem: stemmed } : { word: canonical, canonical: true },
      );
      index += 1;
    }
    return output;
  }

  /** The longest phrase of a group at this position of the (canonical) stems, if any. */
  longestAt(stems: readonly string[], start: number): Phrase | undefined {
    const head = stems[start];
    if (head === undefined) return undefined;
    return this.byFirstStem
      .get(head)
      ?.find((phrase) => phrase.stems.every((phraseStem, offset) => stems[start + offset] === phraseStem));
  }
}
