import type { Pool } from 'pg';
import type { RecentIds } from '../../slack/dedupe-events';
import type { Reachability } from './reachability';

/** A de-duplication check waits this long at most before trusting the process's memory alone. */
export const DEDUPE_WAIT_MS = 250;

/** Every id of a batch in one statement: the rows returned are the ids seen for the first time. */
const CLAIM = `INSERT INTO seen_ids (id, expires_at) SELECT unnest($1::text[]), now() + make_interval(secs => $2)
  ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_ids.expires_at < now()
  RETURNING id`;

interface Waiting {
  key: string;
  resolve: (first: boolean) => void;
}

/**
 * Ids seen by any replica: the first INSERT of an id wins, a conflicting one is a repeat (until the id
 * expires). The process's own memory answers first (a repeat on this replica costs no query) and alone
 * whenever the database is down or slow. Ids checked while a query is out go together in the next one, so
 * under load the checks cost one round trip per batch, not one connection each.
 */
export class PgRecentIds implements RecentIds {
  private waiting: Waiting[] = [];
  private inFlight = false;

  constructor(
    private readonly pool: Pool,
    private readonly ready: () => Promise<void>,
    private readonly reachability: Reachability,
    private readonly namespace: string,
    private readonly ttlMs: number,
    private readonly local: RecentIds,
  ) {}

  async firstSeen(id: string): Promise<boolean> {
    if (!(await this.local.firstSeen(id))) return false;
    if (!this.reachability.reachable) return true;
    return new Promise<boolean>((resolve) => {
      this.waiting.push({ key: `${this.namespace}:${id}`, resolve });
      if (!this.inFlight) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.inFlight = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, 1000);
      const result = await this.reachability.attempt(async () => {
        await this.ready();
        return this.pool.query<{ id: string }>(CLAIM, [batch.map((entry) => entry.key), this.ttlMs / 1000]);
      }, DEDUPE_WAIT_MS);
      const first = result ? new Set(result.rows.map((row) => row.id)) : undefined;
      for (const entry of batch) entry.resolve(first ? first.has(entry.key) : true);
    }
    this.inFlight = false;
  }
}
