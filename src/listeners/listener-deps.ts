import type { KnowledgeStore } from '../service/knowledge-store';

/** What every listener needs besides Bolt's arguments. */
export interface ListenerDeps {
  store: KnowledgeStore;
  /** Where "Ask HR" posts; undefined when escalation is not configured. */
  hrChannelId?: string;
}
