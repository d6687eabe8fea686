import path from 'node:path';
import { appEnvSchema, commonEnvSchema, indexDirOf, parseEnv } from '../../src/config/env';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };

describe('the environment schema', () => {
  it('accepts HTTP mode and fills defaults', () => {
    const parsed = parseEnv(appEnvSchema, valid);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.env).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info', ANALYTICS: 'on' });
    expect(parsed.env.KNOWLEDGE_DIR).toMatch(/knowledge$/);
  });

  it('reads the learning and digest settings, with defaults', () => {
    const defaults = parseEnv(appEnvSchema, valid);
    expect(defaults).toMatchObject({
      ok: true,
      env: { LEARNING: 'on', LEARN_MIN_PEOPLE: 3, HR_ADMINS: [], DIGEST_CRON: '0 9 * * 1' },
    });
    const set = parseEnv(appEnvSchema, {
      ...valid,
      LEARNING: 'OFF',
      LEARN_MIN_PEOPLE: '5',
      HR_ADMINS: 'U0HR1, W0HR2,',
      DIGEST_CRON: '30 8 * * 5',
      TZ: 'Europe/London',
    });
    expect(set).toMatchObject({
      ok: true,
      env: { LEARNING: 'off', LEARN_MIN_PEOPLE: 5, HR_ADMINS: ['U0HR1', 'W0HR2'], TZ: 'Europe/London' },
    });
    const bad = parseEnv(appEnvSchema, {
      ...valid,
      LEARN_MIN_PEOPLE: '1',
      HR_ADMINS: '@alice',
      DIGEST_CRON: 'mondays',
      TZ: 'Mars/Olympus',
    });
    if (bad.ok) throw new Error('expected problems');
    for (const name of ['LEARN_MIN_PEOPLE', 'HR_ADMINS', 'DIGEST_CRON', 'TZ']) {
      expect(bad.problems.join('\n')).toContain(name);
    }
  });

  it('names the variable and the bad item of a list, not a place inside it', () => {
    const bad = parseEnv(appEnvSchema, { ...valid, HR_ADMINS: 'U0HR1,bob,alice' });
    if (bad.ok) throw new Error('expected problems');
    expect(bad.problems).toEqual([
      'HR_ADMINS must be Slack user ids such as U0123ABCD, comma-separated: "bob" is not one',
      'HR_ADMINS must be Slack user ids such as U0123ABCD, comma-separated: "alice" is not one',
    ]);
  });

  it('accepts Socket Mode without a signing secret', () => {
    expect(parseEnv(appEnvSchema, { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2' }).ok).toBe(true);
  });

  it('treats empty values from .env as unset', () => {
    const parsed = parseEnv(appEnvSchema, { ...valid, SLACK_APP_TOKEN: '', PORT: '', HR_CHANNEL_ID: ' ' });
    expect(parsed).toMatchObject({ ok: true, env: { PORT: 3000 } });
  });

  it('names every missing or invalid variable at once, without echoing values', () => {
    const parsed = parseEnv(appEnvSchema, {
      SLACK_BOT_TOKEN: 'xoxp-user-token-secret',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'ftp://nope',
      HR_CHANNEL_ID: '#hr',
    });
    if (parsed.ok) throw new Error('expected problems');
    const text = parsed.problems.join('\n');
    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'PORT',
      'LOG_LEVEL',
      'SLACK_API_URL',
      'HR_CHANNEL_ID',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('xoxp-user-token-secret');
  });

  it.each([{}, { SLACK_BOT_TOKEN: '' }, { SLACK_BOT_TOKEN: '  ' }])(
    'says what to set when the bot token is missing or blank (%j)',
    (values) => {
      const parsed = parseEnv(appEnvSchema, values);
      if (parsed.ok) throw new Error('expected problems');
      expect(parsed.problems[0]).toMatch(/SLACK_BOT_TOKEN is not set; copy the Bot User OAuth Token/);
    },
  );

  it('normalises the API URL to end with a slash (what Bolt expects)', () => {
    const parsed = parseEnv(appEnvSchema, { ...valid, SLACK_API_URL: 'https://slack-gov.com/api' });
    expect(parsed).toMatchObject({ ok: true, env: { SLACK_API_URL: 'https://slack-gov.com/api/' } });
  });

  it('lets the CLI run with no Slack settings at all', () => {
    expect(parseEnv(commonEnvSchema, {}).ok).toBe(true);
  });

  it('saves the index in DATA_DIR/index unless INDEX_DIR says where, or "off"', () => {
    const index = (extra: Record<string, string>) => {
      const parsed = parseEnv(appEnvSchema, { ...valid, DATA_DIR: '/srv/hrfaq-data', ...extra });
      if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
      return indexDirOf(parsed.env);
    };
    expect(index({})).toBe(path.join('/srv/hrfaq-data', 'index'));
    expect(index({ INDEX_DIR: '' })).toBe(path.join('/srv/hrfaq-data', 'index'));
    expect(index({ INDEX_DIR: '/var/cache/hrfaq' })).toBe('/var/cache/hrfaq');
    expect(index({ INDEX_DIR: 'off' })).toBeUndefined();
    expect(index({ INDEX_DIR: 'OFF' })).toBeUndefined();
  });
});
