import type { Pool } from 'pg';
import type { RecentIds } from '../../slack/dedupe-events';
import type { Reachability } from './reachability';

/** A de-duplication check waits this long at most before trusting the process's memory alone. */
export const DEDUPE_WAIT_MS = 250;

const CLAIM = `INSERT INTO seen_ids (id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
  ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_ids.expires_at < now()
  RETURNING id`;

/**
 * Ids seen by any replica: the first INSERT of an id wins, a conflicting one is a repeat (until the id
 * expires). The process's own memory answers first (a repeat on this replica costs no query) and alone
 * whenever the database is down or slow.
 */
export class PgRecentIds implements RecentIds {
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
    const result = await this.reachability.attempt(async () => {
      await this.ready();
      return this.pool.query(CLAIM, [`${this.namespace}:${id}`, this.ttlMs / 1000]);
    }, DEDUPE_WAIT_MS);
    return result === undefined || result.rowCount === 1;
  }
}
