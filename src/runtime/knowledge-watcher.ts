import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { type FSWatcher, watch } from 'chokidar';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { LoadResult } from '../knowledge/load-knowledge';
import { formatProblem } from '../knowledge/problems';
import { loadInWorker } from './load-in-worker';

export interface WatchOptions {
  directory: string;
  logger: Logger;
  /** Called with the new knowledge base after a valid edit. */
  /** Puts a new knowledge base live; may take a while (the matcher is built in slices), and is awaited. */
  onReload: (kb: KnowledgeBase) => void | Promise<void>;
  /** Edits usually arrive as bursts of file events (save, rename, editor backups): wait this long for quiet. */
  debounceMs?: number;
  /** How often to check that the watched folder is still the one at KNOWLEDGE_DIR (deleted, swapped, relinked). */
  checkEveryMs?: number;
  /** Loads a folder off the event loop (a worker thread unless given). */
  load?: (directory: string) => Promise<LoadResult>;
}

/**
 * Watches the knowledge folder with chokidar. After a burst of changes settles, it reloads and validates the
 * whole knowledge base in a worker thread: a valid edit goes live without a restart; an invalid one is logged
 * with its problems and the last good knowledge base keeps serving. The folder's parent is watched too
 * (nothing else in it), and symlinks are followed (a Kubernetes ConfigMap swaps its `..data` symlink).
 * Because a deploy may replace the folder itself (deleted and recreated, a rename swap, KNOWLEDGE_DIR a
 * symlink repointed, or the parent gone too), a light check every couple of seconds notices when the path
 * names a different folder, or none, and re-arms the watcher and reloads; a missing folder is checked for
 * until it returns.
 */
export function watchKnowledge({
  directory,
  logger,
  onReload,
  debounceMs = 300,
  checkEveryMs = 2000,
  load = loadInWorker,
}: WatchOptions): {
  /** Resolves once the folder is being watched (chokidar scans it first). */
  ready: Promise<void>;
  close: () => void;
} {
  const root = path.resolve(directory);
  const parent = path.dirname(root);
  let closed = false;
  let reloading = false;
  let again = false;
  const reload = async () => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    const started = performance.now();
    try {
      const loaded = await load(root);
      if (closed) return;
      if (!loaded.ok) {
        logger.error({
          event: 'knowledge_reload_rejected',
          problems: loaded.problems.map(formatProblem),
          note: 'still serving the last good knowledge base',
        });
        return;
      }
      await onReload(loaded.kb);
      logger.info({
        event: 'knowledge_reloaded',
        faqs: loaded.kb.faqs.length,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      logger.error({ event: 'knowledge_reload_failed', note: 'still serving the last good knowledge base' }, error);
    } finally {
      reloading = false;
      if (again && !closed) {
        again = false;
        void reload();
      }
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };

  let watcher: FSWatcher;
  let ready: Promise<void>;
  const arm = () => {
    watcher = watch(parent, {
      ignoreInitial: true,
      ignored: (file) => file !== parent && file !== root && !file.startsWith(`${root}${path.sep}`),
    })
      .on('all', schedule)
      .on('error', (error) => logger.warn({ event: 'knowledge_watch_error' }, error));
    ready = new Promise((resolve) => watcher.once('ready', () => resolve()));
  };
  arm();

  // Which folder the path names now: its real path and inode, or null when there is none.
  const identity = () => {
    try {
      return `${realpathSync(root)}:${statSync(root).ino}`;
    } catch {
      return null;
    }
  };
  let last = identity();
  const check = setInterval(() => {
    const now = identity();
    if (now === last) return;
    last = now;
    logger.info({ event: now === null ? 'knowledge_folder_missing' : 'knowledge_folder_replaced' });
    if (now !== null) {
      void watcher.close();
      arm();
    }
    schedule();
  }, checkEveryMs);
  check.unref();

  return {
    get ready() {
      return ready;
    },
    close: () => {
      closed = true;
      clearTimeout(timer);
      clearInterval(check);
      void watcher.close();
    },
  };
}
