import type { UsageSummary } from '../analytics/usage-summary';

/** Who counts as HR, and the figures HR sees in Slack. */
export interface HrAccess {
  /** Listed in HR_ADMINS. */
  isAdmin(userId: string): boolean;
  /** Whether any HR admin is configured (without any, Keep and Undo are open to the HR channel). */
  readonly hasAdmins: boolean;
  /** The last seven days' figures from the event log (all zero with ANALYTICS=off). */
  summary(now?: Date): UsageSummary;
}
