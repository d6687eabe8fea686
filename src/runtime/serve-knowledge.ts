import type { Logger } from '@slack/bolt';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { KnowledgeStore } from '../service/knowledge-store';
import { watchKnowledge } from './knowledge-watcher';
import { loadInWorker } from './load-in-worker';
import { type RenderAnswersOptions, renderAnswersInBackground, servedAnswers } from './render-answers';

export interface ServeKnowledgeOptions {
  directory: string;
  store: KnowledgeStore;
  logger: Logger;
  /** Converts answers off the event loop (a worker thread unless given). */
  render?: RenderAnswersOptions['render'];
  debounceMs?: number;
  checkEveryMs?: number;
}

/**
 * Keeps the served knowledge base up to date once the bot is answering: its answers are converted to Slack
 * mrkdwn in the background, and edits to the folder are reloaded, converting only new and changed answers
 * (the background conversion then carries on with the new knowledge base's remaining ones).
 */
export function serveKnowledge({
  directory,
  store,
  logger,
  render,
  debounceMs,
  checkEveryMs,
}: ServeKnowledgeOptions): ReturnType<typeof watchKnowledge> {
  const renderInBackground = (served: KnowledgeBase) =>
    void renderAnswersInBackground(served, logger, { render, isCurrent: () => store.service.kb === served });
  renderInBackground(store.service.kb);
  return watchKnowledge({
    directory,
    logger,
    debounceMs,
    checkEveryMs,
    onReload: async (next) => {
      await store.replace(next);
      renderInBackground(next);
    },
    load: (folder) => loadInWorker(folder, { served: servedAnswers(store.service.kb) }),
  });
}
