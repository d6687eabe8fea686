import { createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { type AskHrGuard, type Claim, InMemoryAskHrGuard } from '../../listeners/actions/ask-hr-guard';
import type { Reachability } from './reachability';
import { inTransaction } from './transaction';

/** An Ask HR click is acknowledged first, so the claim may wait a little longer than de-duplication. */
const CLAIM_WAIT_MS = 1000;

/**
 * The Ask HR guard shared by every replica. One transaction per click, holding an advisory lock on the
 * person, so simultaneous clicks on two replicas are decided one after the other. Questions and users are
 * kept only as salted hashes. While the database is down, each replica's memory decides.
 */
export class PgAskHrGuard implements AskHrGuard {
  private readonly local: InMemoryAskHrGuard;

  constructor(
    private readonly pool: Pool,
    private readonly ready: () => Promise<void>,
    private readonly reachability: Reachability,
    private readonly salt: string,
    private readonly perHour: number,
    private readonly repeatWindowMs: number,
  ) {
    this.local = new InMemoryAskHrGuard(perHour);
  }

  async claim(userId: string, question: string): Promise<Claim> {
    const [user, asked] = [this.hash(userId), this.hash(`${userId}\u0000${question}`)];
    const shared = await this.reachability.attempt(() => this.claimShared(user, asked), CLAIM_WAIT_MS);
    return shared ?? this.local.claim(userId, question);
  }

  async release(userId: string, question: string): Promise<void> {
    await this.local.release(userId, question);
    const [user, asked] = [this.hash(userId), this.hash(`${userId}\u0000${question}`)];
    await this.reachability.attempt(
      () =>
        this.pool.query(
          `DELETE FROM ask_hr_claims WHERE id = (SELECT max(id) FROM ask_hr_claims WHERE user_hash = $1 AND question_hash = $2)`,
          [user, asked],
        ),
      CLAIM_WAIT_MS,
    );
  }

  private async claimShared(user: string, asked: string): Promise<Claim> {
    await this.ready();
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [user]);
      const { rows } = await client.query<{ repeat: boolean; sent: string }>(
        `SELECT bool_or(question_hash = $2 AND claimed_at > now() - make_interval(secs => $3)) AS repeat,
                count(*) AS sent
           FROM ask_hr_claims WHERE user_hash = $1 AND claimed_at > now() - interval '1 hour'`,
        [user, asked, this.repeatWindowMs / 1000],
      );
      const claim: Claim = rows[0]?.repeat
        ? 'already-sent'
        : Number(rows[0]?.sent ?? 0) >= this.perHour
          ? 'limited'
          : 'claimed';
      if (claim === 'claimed') {
        await client.query('INSERT INTO ask_hr_claims (user_hash, question_hash) VALUES ($1, $2)', [user, asked]);
      }
      return claim;
    });
  }

  private hash(text: string): string {
    return createHmac('sha256', this.salt).update(text).digest('hex').slice(0, 32);
  }
}
