/**
 * What the bot learns from the people who use it, kept behind a small interface so a shared store
 * (PostgreSQL, for several replicas) can stand beside the file store. Questions are only ever normalised
 * text (as the matcher reads it) and people only salted hashes, as in the event log.
 */

/** One person's say about question X and FAQ Y: picked Y for X (or 👍 on Y's card for X), or 👎. */
export interface LearningSignal {
  kind: 'pick' | 'up' | 'down';
  /** The question, normalised (src/matching/normalize.ts). */
  question: string;
  faq: string;
  /** The person, as a salted hash. */
  user: string;
}

/** A question the bot answers with an FAQ because enough different people chose that FAQ for it. */
export interface LearnedPhrasing {
  question: string;
  faq: string;
  /** Different people whose latest say was a pick or a 👍. */
  people: number;
  /** When it was first learned (ISO time). */
  learnedAt: string;
  /** HR pressed Keep: `npm run learn -- --apply` writes it into the FAQ file. */
  kept: boolean;
}

/** A question no longer answered outright with an FAQ, because enough different people gave it 👎. */
export interface Demotion {
  question: string;
  faq: string;
  people: number;
}

export interface LearnedList {
  /** At most one FAQ per question; never one HR undid or one already written into the files. */
  phrasings: LearnedPhrasing[];
  demotions: Demotion[];
}

export type Pair = Pick<LearnedPhrasing, 'question' | 'faq'>;

export interface LearningStore {
  /** Records one person's latest say on a question and an FAQ (a second say replaces their first). */
  record(signal: LearningSignal): Promise<void>;
  /** What is learned now, with every question that reached the threshold. */
  list(): Promise<LearnedList>;
  /** HR keeps a learned phrasing; false when it is not learned (any more). */
  keep(pair: Pair): Promise<boolean>;
  /** HR undoes a learned phrasing: it is removed at once and never learned again. False when unknown. */
  undo(pair: Pair): Promise<boolean>;
  /** The phrasings written into the FAQ files: they leave the learned list. */
  markApplied(pairs: readonly Pair[]): Promise<void>;
  /** When the last weekly digest went out, if ever. */
  lastDigest(): Promise<Date | undefined>;
  /** Records that a digest went out at `at`. */
  digestSent(at: Date): Promise<void>;
}

/** One question–FAQ pair as a store holds it: how many people on each side, and HR's decisions. */
export interface PairState extends Pair {
  /** People whose latest say was a pick or a 👍. */
  up: number;
  /** People whose latest say was a 👎. */
  down: number;
  learnedAt?: string;
  kept?: boolean;
  never?: boolean;
  applied?: boolean;
}

/**
 * What is learned from a store's pairs, the same for every store: demotions at `minPeople` 👎, and per
 * question the learned FAQ more people chose (else the one learned first), never one undone or applied.
 */
export function learnedListOf(pairs: Iterable<PairState>, minPeople: number): LearnedList {
  const best = new Map<string, LearnedPhrasing>();
  const demotions: Demotion[] = [];
  for (const pair of pairs) {
    if (pair.down >= minPeople) demotions.push({ question: pair.question, faq: pair.faq, people: pair.down });
    if (pair.never || pair.applied || pair.up < minPeople || pair.learnedAt === undefined) continue;
    const phrasing = {
      question: pair.question,
      faq: pair.faq,
      people: pair.up,
      learnedAt: pair.learnedAt,
      kept: pair.kept === true,
    };
    const other = best.get(pair.question);
    if (
      !other ||
      phrasing.people > other.people ||
      (phrasing.people === other.people && phrasing.learnedAt < other.learnedAt)
    ) {
      best.set(pair.question, phrasing);
    }
  }
  const phrasings = [...best.values()].sort(
    (a, b) => a.learnedAt.localeCompare(b.learnedAt) || a.question.localeCompare(b.question),
  );
  return { phrasings, demotions };
}
