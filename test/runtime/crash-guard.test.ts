import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { installCrashGuards } from '../../src/runtime/crash-guard';
import { captureLogs } from '../helpers/logs';

describe('crash guards', () => {
  it('log an unhandled rejection and an uncaught exception', () => {
    const { lines, logger } = captureLogs();
    const fakeProcess = new EventEmitter();
    const uninstall = installCrashGuards(logger, fakeProcess);
    fakeProcess.emit('unhandledRejection', new Error('late failure'));
    fakeProcess.emit('uncaughtException', new Error('thrown in a timer'));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', event: 'unhandled_rejection', error: 'late failure' }),
      expect.objectContaining({ level: 'error', event: 'uncaught_exception', error: 'thrown in a timer' }),
    ]);
    uninstall();
    expect(fakeProcess.listenerCount('unhandledRejection')).toBe(0);
  });

  it('keep a real process alive through an unhandled rejection', () => {
    const guard = path.join(__dirname, '..', '..', 'dist', 'runtime', 'crash-guard.js');
    const logger = path.join(__dirname, '..', '..', 'dist', 'runtime', 'logger.js');
    const script = `
      const { installCrashGuards } = require(${JSON.stringify(guard)});
      const { createLogger } = require(${JSON.stringify(logger)});
      installCrashGuards(createLogger({ level: 'info', destination: { write: (line) => process.stderr.write(line) } }));
      Promise.reject(new Error('nobody caught me'));
      setTimeout(() => { throw new Error('thrown later'); }, 10);
      setTimeout(() => { process.stdout.write('still serving'); }, 100);
    `;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe('still serving');
    expect(child.stderr).toContain('nobody caught me');
    expect(child.stderr).toContain('thrown later');
  });
});
