import type { Logger } from '@slack/bolt';
import { normalize } from '../matching/normalize';
import { errorText } from '../runtime/error-details';
import { type LearnedOverlay, NOTHING_LEARNED, overlayOf } from './learned-overlay';
import type { LearnedList, LearningSignal, LearningStore, Pair } from './learning-store';

/** A signal as a listener knows it: the question as typed and the Slack user id. */
export interface RawSignal {
  kind: LearningSignal['kind'];
  question: string;
  faq: string;
  userId: string;
}

/**
 * The bot's learning, between the listeners and a store: questions are normalised and people hashed before
 * anything is stored, and the overlay the service reads on every question is rebuilt after each change.
 * Recording never throws: a store that fails is logged, and the bot answers as before.
 */
export class Learning {
  private overlay: LearnedOverlay = NOTHING_LEARNED;
  private version = 0;
  /** The list the overlay was built from: reading the same again (a periodic refresh) changes nothing. */
  private built?: string;
  private refreshTimer?: NodeJS.Timeout;

  constructor(
    readonly store: LearningStore,
    private readonly hashUser: (userId: string) => string,
    private readonly logger: Logger,
  ) {}

  /** Reads the store again every `ms` (what other replicas learned), until `stop`. */
  refreshEvery(ms: number): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = setInterval(() => void this.refresh(), ms);
    this.refreshTimer.unref();
  }

  stop(): void {
    clearInterval(this.refreshTimer);
  }

  /** The snapshot the service applies after matching. */
  get current(): LearnedOverlay {
    return this.overlay;
  }

  async record({ kind, question, faq, userId }: RawSignal): Promise<void> {
    const normalised = normalize(question);
    if (normalised === '') return;
    try {
      await this.store.record({ kind, question: normalised, faq, user: this.hashUser(userId) });
      await this.refresh();
    } catch (error) {
      this.logger.warn({ event: 'learning_record_failed', error: errorText(error) });
    }
  }

  async keep(pair: Pair): Promise<boolean> {
    const kept = await this.store.keep(pair);
    await this.refresh();
    return kept;
  }

  /** Takes effect at once: the overlay is rebuilt before this resolves. */
  async undo(pair: Pair): Promise<boolean> {
    const undone = await this.store.undo(pair);
    await this.refresh();
    return undone;
  }

  list(): Promise<LearnedList> {
    return this.store.list();
  }

  /**
   * Reads the store again (at start, after each change, and every minute with a shared store, whose other
   * writers show up here). The overlay, and so its version, changes only when what is learned changed.
   */
  async refresh(): Promise<void> {
    const list = await this.store.list();
    const built = JSON.stringify(list);
    if (built === this.built) return;
    this.built = built;
    this.version += 1;
    this.overlay =
      list.phrasings.length === 0 && list.demotions.length === 0 ? NOTHING_LEARNED : overlayOf(list, this.version);
  }
}
