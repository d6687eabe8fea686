import type { EventRecorder } from '../analytics/event-log';
import type { KnowledgeStore } from '../service/knowledge-store';

/** What every listener needs besides Bolt's arguments. */
export interface ListenerDeps {
  store: KnowledgeStore;
  /** The event log behind `npm run report` (a no-op with ANALYTICS=off). */
  events: EventRecorder;
  /** Where "Ask HR" posts; undefined when escalation is not configured. */
  hrChannelId?: string;
}
