import type { EventRecorder } from '../analytics/event-log';
import type { HrAccess } from '../learning/hr-access';
import type { Learning } from '../learning/learning';
import type { KnowledgeStore } from '../service/knowledge-store';
import type { RecentIds } from '../slack/dedupe-events';
import type { AskHrGuard } from './actions/ask-hr-guard';

/** What every listener needs besides Bolt's arguments. */
export interface ListenerDeps {
  /** Holds the service for the current knowledge base: the one way to matches and cards. */
  store: KnowledgeStore;
  /** The event log behind `npm run report` (a no-op with ANALYTICS=off). */
  events: EventRecorder;
  /** Lets each Ask HR question through once, and a handful per person an hour (in memory unless given). */
  askHrGuard?: AskHrGuard;
  /** What people teach the bot (none with LEARNING=off). */
  learning?: Learning;
  /** Who is HR, and the figures they see (nobody is HR unless given). */
  hr?: HrAccess;
  /** Retried events' ids, let through once (in memory unless given). */
  eventIds?: RecentIds;
  /** Slash commands' trigger ids, answered once (in memory unless given). */
  triggerIds?: RecentIds;
}
