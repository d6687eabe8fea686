import { LRUCache } from 'lru-cache';

/** A second click on the same question within this time is not posted again. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** Questions one person can send to HR per hour: enough for real needs, too few to flood the channel. */
export const ASK_HR_PER_HOUR = 5;
export const HOUR_MS = 60 * 60 * 1000;

export type Claim = 'claimed' | 'already-sent' | 'limited';

/**
 * Decides whether an Ask HR click may post. The question is claimed before posting, so simultaneous clicks
 * post once; a failed post releases the claim so the person can try again. Kept behind this small interface
 * so a shared store (PostgreSQL, Redis) can stand in for the in-memory one with several replicas.
 */
export interface AskHrGuard {
  claim(userId: string, question: string): Promise<Claim>;
  release(userId: string, question: string): Promise<void>;
}

/** The guard for one process: bounded memory, forgetting after the repeat window and the hour. */
export class InMemoryAskHrGuard implements AskHrGuard {
  private readonly claimed = new LRUCache<string, true>({ max: 10_000, ttl: REPEAT_WINDOW_MS });
  private readonly sentTimes = new LRUCache<string, number[]>({ max: 10_000, ttl: HOUR_MS });

  constructor(
    private readonly perHour = ASK_HR_PER_HOUR,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(userId: string, question: string): Promise<Claim> {
    const key = keyOf(userId, question);
    if (this.claimed.has(key)) return 'already-sent';
    const recent = (this.sentTimes.get(userId) ?? []).filter((time) => this.now() - time < HOUR_MS);
    if (recent.length >= this.perHour) return 'limited';
    this.claimed.set(key, true);
    this.sentTimes.set(userId, [...recent, this.now()]);
    return 'claimed';
  }

  async release(userId: string, question: string): Promise<void> {
    this.claimed.delete(keyOf(userId, question));
    const recent = this.sentTimes.get(userId);
    if (recent && recent.length > 0) this.sentTimes.set(userId, recent.slice(0, -1));
  }
}

function keyOf(userId: string, question: string): string {
  return `${userId}\u0000${question}`;
}
