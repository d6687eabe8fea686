import type { UsageSummary } from '../analytics/usage-summary';

/** Who counts as HR, and the figures HR sees in Slack. */
export interface HrAccess {
  /** Listed in HR_ADMINS. */
  isAdmin(userId: string): boolean;
  /** Whether any HR admin is configured (without any, Keep and Undo are open to the HR channel). */
  readonly hasAdmins: boolean;
  /**
   * The last seven days' figures from the event log: the files in DATA_DIR, or counted by PostgreSQL with
   * DATABASE_URL (all zero with ANALYTICS=off). Rejects when the database doesn't answer.
   */
  summary(now?: Date): Promise<UsageSummary>;
}
