import type { EventRecorder } from '../analytics/event-log';
import type { KnowledgeStore } from '../service/knowledge-store';

/** What every listener needs besides Bolt's arguments. */
export interface ListenerDeps {
  /** Holds the service for the current knowledge base: the one way to matches and cards. */
  store: KnowledgeStore;
  /** The event log behind `npm run report` (a no-op with ANALYTICS=off). */
  events: EventRecorder;
}
