import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { watch } from 'chokidar';
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
 * Watches the knowledge folder with chokidar. After a burst of changes settles, it reloads and validates the
 * whole knowledge base: a valid edit goes live without a restart; an invalid one is logged with its problems
 * and the last good knowledge base keeps serving. The folder's parent is watched too (nothing else in it), so
 * the folder may be deleted and recreated, or swapped for another by a rename, and symlinks are followed
 * (a Kubernetes ConfigMap swaps its `..data` symlink).
 */
export function watchKnowledge({ directory, logger, onReload, debounceMs = 300 }: WatchOptions): {
  /** Resolves once the folder is being watched (chokidar scans it first). */
  ready: Promise<void>;
  close: () => void;
} {
  const root = path.resolve(directory);
  const parent = path.dirname(root);
  const reload = () => {
    const started = performance.now();
    const loaded = loadKnowledgeBase(root);
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
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(parent, {
    ignoreInitial: true,
    ignored: (file) => file !== parent && file !== root && !file.startsWith(`${root}${path.sep}`),
  })
    .on('all', () => {
      clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    })
    .on('error', (error) => logger.warn({ event: 'knowledge_watch_error' }, error));
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: () => {
      clearTimeout(timer);
      void watcher.close();
    },
  };
}
