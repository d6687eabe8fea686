import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { faqIdSchema } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { errorText } from '../runtime/error-details';
import { type LearnedList, type LearningSignal, type LearningStore, learnedListOf, type Pair } from './learning-store';

/** The file's limits, so a busy or hostile workspace can't grow it without end. */
export const FILE_STORE_LIMITS = {
  /** Question–FAQ pairs kept; past this the least recently touched undecided ones are forgotten. */
  maxEntries: 5000,
  /** People kept per pair and side: far more than any threshold needs. */
  maxPeople: 50,
};

const userHashSchema = z.string().regex(/^[0-9a-f]{16}$/);

const entrySchema = z.strictObject({
  question: z.string().min(1).max(MAX_QUERY_LENGTH),
  faq: faqIdSchema,
  /** People whose latest say was a pick or a 👍. */
  up: z.array(userHashSchema).max(FILE_STORE_LIMITS.maxPeople),
  /** People whose latest say was a 👎. */
  down: z.array(userHashSchema).max(FILE_STORE_LIMITS.maxPeople),
  learnedAt: z.iso.datetime().optional(),
  kept: z.boolean().optional(),
  /** HR pressed Undo: never learned again. */
  never: z.boolean().optional(),
  /** Written into the FAQ file by `npm run learn -- --apply`. */
  applied: z.boolean().optional(),
  touchedAt: z.iso.datetime(),
});

const fileSchema = z.strictObject({
  version: z.literal(1),
  lastDigestAt: z.iso.datetime().optional(),
  entries: z.array(entrySchema).max(FILE_STORE_LIMITS.maxEntries),
});

type Entry = z.infer<typeof entrySchema>;
type StoreFile = z.infer<typeof fileSchema>;

export const LEARNING_FILE = 'learning.json';

export interface FileLearningStoreOptions {
  /** Different people needed to learn a phrasing or to demote an answer. */
  minPeople: number;
  now?: () => Date;
  limits?: Partial<typeof FILE_STORE_LIMITS>;
  /** Told when the file could not be read (it is then set aside and the store starts empty). */
  onProblem?: (problem: string) => void;
}

/**
 * The embedded default: one JSON file in DATA_DIR, read once at start and rewritten atomically (a temporary
 * file renamed over it) after each change, one write at a time. One process owns it; several replicas need
 * a shared store behind the same interface.
 */
export class FileLearningStore implements LearningStore {
  private data: StoreFile;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly now: () => Date;
  private readonly limits: typeof FILE_STORE_LIMITS;

  constructor(
    private readonly directory: string,
    private readonly options: FileLearningStoreOptions,
  ) {
    this.file = path.join(directory, LEARNING_FILE);
    this.now = options.now ?? (() => new Date());
    this.limits = { ...FILE_STORE_LIMITS, ...options.limits };
    this.data = this.read();
  }

  async record({ kind, question, faq, user }: LearningSignal): Promise<void> {
    let entry = this.entry({ question, faq });
    const positive = kind !== 'down';
    if (!entry) {
      entry = { question, faq, up: [], down: [], touchedAt: this.now().toISOString() };
      this.data.entries.push(entry);
    }
    if (positive && entry.never) return;
    // Each person's latest say counts once: a pick after a 👎 moves them from one side to the other.
    const [add, remove] = positive ? (['up', 'down'] as const) : (['down', 'up'] as const);
    entry[remove] = entry[remove].filter((other) => other !== user);
    if (!entry[add].includes(user)) entry[add] = [...entry[add], user].slice(-this.limits.maxPeople);
    entry.touchedAt = this.now().toISOString();
    if (entry.learnedAt === undefined && entry.up.length >= this.options.minPeople) {
      entry.learnedAt = entry.touchedAt;
    }
    this.bound();
    await this.save();
  }

  async list(): Promise<LearnedList> {
    return learnedListOf(
      this.data.entries.map((entry) => ({ ...entry, up: entry.up.length, down: entry.down.length })),
      this.options.minPeople,
    );
  }

  async keep(pair: Pair): Promise<boolean> {
    const entry = this.entry(pair);
    if (!entry || entry.never || entry.applied || entry.learnedAt === undefined) return false;
    entry.kept = true;
    await this.save();
    return true;
  }

  async undo(pair: Pair): Promise<boolean> {
    const entry = this.entry(pair);
    if (!entry) return false;
    entry.never = true;
    entry.kept = false;
    entry.up = [];
    entry.touchedAt = this.now().toISOString();
    await this.save();
    return true;
  }

  async markApplied(pairs: readonly Pair[]): Promise<void> {
    for (const pair of pairs) {
      const entry = this.entry(pair);
      if (entry) entry.applied = true;
    }
    await this.save();
  }

  async lastDigest(): Promise<Date | undefined> {
    return this.data.lastDigestAt === undefined ? undefined : new Date(this.data.lastDigestAt);
  }

  async digestSent(at: Date): Promise<void> {
    this.data.lastDigestAt = at.toISOString();
    await this.save();
  }

  private entry({ question, faq }: Pair): Entry | undefined {
    return this.data.entries.find((entry) => entry.question === question && entry.faq === faq);
  }

  /** Past the limit, forgets the least recently touched pairs that carry no decision, then the oldest applied. */
  private bound(): void {
    const excess = this.data.entries.length - this.limits.maxEntries;
    if (excess <= 0) return;
    const weight = (entry: Entry) =>
      entry.never || entry.kept || (entry.learnedAt !== undefined && !entry.applied) ? 2 : entry.applied ? 1 : 0;
    const forget = new Set(
      [...this.data.entries]
        .sort((a, b) => weight(a) - weight(b) || a.touchedAt.localeCompare(b.touchedAt))
        .slice(0, excess),
    );
    this.data.entries = this.data.entries.filter((entry) => !forget.has(entry));
  }

  /** Writes the whole file to a temporary one and renames it over the old: a reader never sees half a file. */
  private save(): Promise<void> {
    const text = `${JSON.stringify(this.data)}\n`;
    const next = this.writing.then(async () => {
      await mkdir(this.directory, { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, this.file);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  private read(): StoreFile {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      mkdirSync(this.directory, { recursive: true }); // fails early (and is reported) when DATA_DIR is unusable
      return { version: 1, entries: [] };
    }
    try {
      return fileSchema.parse(JSON.parse(text));
    } catch (error) {
      // Kept for a person to look at, never silently overwritten.
      const aside = `${this.file}.unreadable-${Date.now()}`;
      renameSync(this.file, aside);
      this.options.onProblem?.(`${LEARNING_FILE} could not be read (${errorText(error)}); set aside as ${aside}`);
      return { version: 1, entries: [] };
    }
  }
}
