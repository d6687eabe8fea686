import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';

/** Shorter words are left alone: at three letters one typo turns too many words into others ("pay"/"day"). */
const MIN_CORRECTABLE_LENGTH = 4;
/**
 * A typed word this long may hold two typos ("reimbusment", two letters short of "reimbursement"); the
 * delete index finds only some of those, so Fuse.js looks among the known words with the same first letter.
 */
const TWO_TYPOS_FROM = 7;

/**
 * Corrects typos against the knowledge base's own vocabulary with a symmetric-delete index (one deletion
 * on each side), which finds insertions, deletions, substitutions and swapped letters in one map lookup
 * instead of comparing the word with every known word.
 */
export class SpellingCorrector {
  private readonly known = new Map<string, number>();
  private readonly deletes = new Map<string, string[]>();
  /** Fuse.js over the long known words, one index per first letter, built the first time one is needed. */
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private fuzzyBuilt = false;

  /**
   * `targets` maps each word a typo may be corrected to, to how many FAQs use it (more common words win
   * ties). `realWords` are correctly spelt words that are never "corrected" (an English dictionary).
   */
  constructor(
    targets: ReadonlyMap<string, number>,
    private readonly realWords: { has(word: string): boolean } = new Set<string>(),
  ) {
    for (const [word, count] of targets) this.add(word, count);
  }

  /** One more word a typo may be corrected to, used by this many FAQs. */
  add(word: string, count: number): void {
    this.known.set(word, count);
    if (word.length < MIN_CORRECTABLE_LENGTH) return;
    for (const variant of deletionsOf(word)) {
      const bucket = this.deletes.get(variant);
      if (bucket) {
        if (!bucket.includes(word)) bucket.push(word);
      } else {
        this.deletes.set(variant, [word]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The known word the typo most likely meant, or undefined when the word is known or nothing is close.
   * `twoTypos: false` looks only for one typo (in words under eight letters) or two found by the delete
   * index, without Fuse.js: for checking many words at start-up. Between candidates equally close, one that
   * `fits` (its neighbours, say) wins before the more common one: "claim exmept" is "claim exempt", though
   * "except" is commoner.
   */
  correct(
    word: string,
    { twoTypos = true, fits }: { twoTypos?: boolean; fits?: (candidate: string) => boolean } = {},
  ): string | undefined {
    if (word.length < MIN_CORRECTABLE_LENGTH || this.known.has(word) || /\d/.test(word)) return undefined;
    const candidates = new Set<string>(this.deletes.get(word) ?? []);
    for (const variant of deletionsOf(word)) {
      if ((this.known.get(variant) ?? 0) > 0) candidates.add(variant);
      for (const candidate of this.deletes.get(variant) ?? []) candidates.add(candidate);
    }
    // The delete index also proposes words two edits away; accept those only for long words.
    const allowed = word.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; count: number; fit: boolean } | undefined;
    for (const candidate of candidates) {
      const d = editDistance(word, candidate);
      const count = this.known.get(candidate) ?? 0;
      if (d > allowed || count === 0) continue;
      const fit = fits?.(candidate) ?? false;
      const better =
        !best ||
        d < best.distance ||
        (d === best.distance &&
          (fit !== best.fit ? fit : count > best.count || (count === best.count && candidate < best.word)));
      if (better) best = { word: candidate, distance: d, count, fit };
    }
    // A real word the knowledge base doesn't use is not a typo (checked late: most words have no candidate).
    if (best === undefined && twoTypos && word.length >= TWO_TYPOS_FROM && !this.realWords.has(word)) {
      return this.twoTypos(word)?.word;
    }
    if (best === undefined || this.realWords.has(word)) return undefined;
    return best.word;
  }

  /**
   * A long word the delete index finds nothing for may hold two typos: Fuse.js, which is at its best at
   * fuzzy matching of one word against many, proposes known words of the same first letter, and the edit
   * distance confirms at most two edits (`npm run bench:typos` measures both).
   */
  private twoTypos(word: string): { word: string; distance: number; count: number } | undefined {
    const letter = word[0] ?? '';
    if (!this.fuzzyBuilt) {
      this.fuzzyBuilt = true;
      // One pass over the known words, the first time a word needs it; then one index per first letter.
      const byLetter = new Map<string, string[]>();
      for (const [known, count] of this.known) {
        if (known.length < TWO_TYPOS_FROM - 1 || count === 0) continue;
        const list = byLetter.get(known[0] ?? '') ?? [];
        list.push(known);
        byLetter.set(known[0] ?? '', list);
      }
      for (const [first, words] of byLetter) this.fuzzy.set(first, new Fuse(words, { threshold: 0.3 }));
    }
    const fuse = this.fuzzy.get(letter);
    if (!fuse) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const { item } of fuse.search(word, { limit: 5 })) {
      const d = editDistance(word, item);
      const count = this.known.get(item) ?? 0;
      if (d > 2 || (best && (d > best.distance || (d === best.distance && count <= best.count)))) continue;
      best = { word: item, distance: d, count };
    }
    return best;
  }
}

/** Levenshtein distance, counting two swapped neighbouring letters ("retreival") as one edit. */
export function editDistance(a: string, b: string): number {
  if (a.length === b.length && a.length > 1) {
    const differing: number[] = [];
    for (let index = 0; index < a.length && differing.length <= 2; index++) {
      if (a[index] !== b[index]) differing.push(index);
    }
    const [first, second] = differing;
    if (
      differing.length === 2 &&
      first !== undefined &&
      second === first + 1 &&
      a[first] === b[second] &&
      a[second] === b[first]
    ) {
      return 1;
    }
  }
  return distance(a, b);
}

function deletionsOf(word: string): Set<string> {
  const variants = new Set<string>();
  for (let index = 0; index < word.length; index++) variants.add(word.slice(0, index) + word.slice(index + 1));
  return variants;
}
