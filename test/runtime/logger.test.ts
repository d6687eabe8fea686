import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../src/runtime/logger';

function capture(level: LogLevel, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, destination: { write: (line) => lines.push(line) } });
  return {
    logger,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    raw: () => lines.join(''),
  };
}

describe('the logger (pino behind Bolt’s Logger interface)', () => {
  it('writes one JSON object per line with time, level, name, message and fields', () => {
    const { logger, entries, raw } = capture(LogLevel.INFO);
    logger.info('hello', { event: 'request', band: 'answer' });
    expect(entries()).toEqual([
      { time: expect.any(String), level: 'info', name: 'hrfaq', msg: 'hello', event: 'request', band: 'answer' },
    ]);
    expect(raw().split('\n')).toHaveLength(2);
    expect(new Date(entries()[0]?.time as string).toISOString()).toBe(entries()[0]?.time);
  });

  it('drops entries below its level, and can change level', () => {
    const { logger, entries } = capture(LogLevel.WARN);
    logger.info('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now heard');
    expect(entries().map((entry) => entry.msg)).toEqual(['loud', 'now heard']);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it('never writes a token or a configured secret', () => {
    const { logger, raw } = capture(LogLevel.DEBUG, ['my-signing-secret-123']);
    logger.debug('token xoxb-1234-5678-abcdef and xapp-1-A-2 and xoxp-9', { header: 'my-signing-secret-123' });
    expect(raw()).not.toMatch(/xox[bp]-|xapp-|my-signing-secret-123/);
    expect(raw()).toContain('[redacted]');
  });

  it('logs an error’s message, with its stack only at debug', () => {
    const info = capture(LogLevel.INFO);
    info.logger.error({ event: 'x' }, new Error('boom'));
    expect(info.entries()[0]).toMatchObject({ event: 'x', error: 'boom' });
    expect(info.entries()[0]?.stack).toBeUndefined();
    const debug = capture(LogLevel.DEBUG);
    debug.logger.error(new Error('boom'));
    expect(debug.entries()[0]?.stack).toEqual(expect.stringContaining('boom'));
  });

  it('keeps its name when a library calls setName', () => {
    const { logger, entries } = capture(LogLevel.INFO);
    logger.setName('web-api:WebClient:0');
    logger.info('x');
    expect(entries()[0]?.name).toBe('hrfaq');
  });

  it('survives values JSON cannot write', () => {
    const { logger, entries } = capture(LogLevel.INFO);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    logger.info({ event: 'circular', circular });
    expect(entries()[0]).toMatchObject({ event: 'circular', circular: { self: '[Circular]' } });
  });
});
