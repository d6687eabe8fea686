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
