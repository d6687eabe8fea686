import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '@slack/bolt';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge';
import { formatProblem } from '../knowledge/problems';

export interface WatchOptions {
  directory: string;
  logger: Logger;
  /** Called with the new knowledge base after a valid edit. */
  onReload: (kb: KnowledgeBase) => void;
  /** Edits usually arrive as bursts of file events (save, rename, editor backups): wait this long for quiet. */
  debounceMs?: number;
}

/**
 * Watches the knowledge folder. After a burst of changes settles, it reloads and validates the whole
 * knowledge base: a valid edit goes live without a restart; an invalid one is logged with its problems and
 * the last good knowledge base keeps serving.
 */
export function watchKnowledge({ directory, logger, onReload, debounceMs = 300 }: WatchOptions): { close: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    timer = undefined;
    const started = performance.now();
    const loaded = loadKnowledgeBase(directory);
    if (!loaded.ok) {
      logger.error({
        event: 'knowledge_reload_rejected',
        problems: loaded.problems.map(formatProblem),
        note: 'still serving the last good knowledge base',
      });
      return;
    }
    try {
      onReload(loaded.kb);
      logger.info({
        event: 'knowledge_reloaded',
        faqs: loaded.kb.faqs.length,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      logger.error({ event: 'knowledge_reload_failed', note: 'still serving the last good knowledge base' }, error);
    }
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(directory, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    });
  } catch (error) {
    logger.warn({ event: 'knowledge_watch_unavailable', note: 'edits need a restart' }, error);
    return { close: () => undefined };
  }
  watcher.on('error', (error) => logger.warn({ event: 'knowledge_watch_error' }, error));
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
